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
			sdk.WithClientCredentialsAuthCredentials(
				sdk.NewClientCredentialsAuthCredentials(
					"OAuthClientId",
					"OAuthClientSecret",
				),
			),
		),
	)

	first, err := client.ClientCredentialsAuthManager().FetchToken(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	client = client.CloneWithConfiguration(
		sdk.WithClientCredentialsAuthCredentials(
			client.Configuration().ClientCredentialsAuthCredentials().WithOAuthToken(first),
		),
	)

	// Demo only: move the sandbox clock an hour ahead so the token expires.
	sandbox.Clock.Advance(3600)

	// The client credentials grant issues no refresh token (RFC 6749, section 4.4.3):
	// when the token expires, fetch a new one with the client's credentials
	// (RefreshToken(ctx) does the same for this grant).
	if client.ClientCredentialsAuthManager().OAuthTokenIsExpired() {
		fmt.Println("Token expired: fetching a new one")
		token, err := client.ClientCredentialsAuthManager().FetchToken(ctx)
		if err != nil {
			log.Fatalln(err)
		}
		client = client.CloneWithConfiguration(
			sdk.WithClientCredentialsAuthCredentials(
				client.Configuration().ClientCredentialsAuthCredentials().WithOAuthToken(token),
			),
		)
		fmt.Printf("New access token: %s…\n", token.AccessToken[:8])
	}
}
