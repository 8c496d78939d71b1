package main

import (
	"context"
	"fmt"
	"log"

	"sandbox"
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

	first, err := client.ResourceOwnerAuthManager().FetchToken(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	client = client.CloneWithConfiguration(
		sdk.WithResourceOwnerAuthCredentials(
			client.Configuration().ResourceOwnerAuthCredentials().WithOAuthToken(first),
		),
	)

	// Demo only: move the sandbox clock an hour ahead so the token expires.
	sandbox.Clock.Advance(3600)

	// The password grant issues a refresh token: use it to get a new access token
	// without asking the user for their password again (RFC 6749, section 6).
	if client.ResourceOwnerAuthManager().OAuthTokenIsExpired() {
		fmt.Println("Token expired: refreshing it")
		token, err := client.ResourceOwnerAuthManager().RefreshToken(ctx)
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
