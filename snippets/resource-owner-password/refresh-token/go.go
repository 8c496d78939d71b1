package main

import (
	"context"
	"fmt"
	"log"

	"sdk"
)

func main() {
	ctx := context.Background()
	client := sdk.NewClient(
		sdk.CreateConfiguration(
			sdk.WithResourceOwnerAuthCredentials(
				sdk.NewResourceOwnerAuthCredentials(
					"OAuthClientId",
					"OAuthClientSecret",
					"OAuthUsername",
					"OAuthPassword",
				),
			),
		),
	)

	token, err := client.ResourceOwnerAuthManager().FetchToken(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	client = client.CloneWithConfiguration(
		sdk.WithResourceOwnerAuthCredentials(
			client.Configuration().ResourceOwnerAuthCredentials().WithOAuthToken(token),
		),
	)

	// ... an hour later, the token has expired.

	// The password grant issues a refresh token: use it to get a new access token
	// without asking the user for their password again (RFC 6749, section 6).
	if client.ResourceOwnerAuthManager().OAuthTokenIsExpired() {
		fmt.Println("Token expired: refreshing it")
		token, err = client.ResourceOwnerAuthManager().RefreshToken(ctx)
		if err != nil {
			log.Fatalln(err)
		}
		client = client.CloneWithConfiguration(
			sdk.WithResourceOwnerAuthCredentials(
				client.Configuration().ResourceOwnerAuthCredentials().WithOAuthToken(token),
			),
		)
		fmt.Printf("New access token: %s…\n", token.AccessToken[:8])
	}
}
