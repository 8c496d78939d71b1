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

	// Exchange the user's username and password for an access token (and a refresh token).
	token, err := client.ResourceOwnerAuthManager().FetchToken(ctx)
	if err != nil {
		log.Fatalln(err)
	}

	// Print only the start of the token: the whole value is a bearer credential.
	fmt.Printf("Access token: %s…\n", token.AccessToken[:8])
	fmt.Printf("Expires in: %d s\n", token.ExpiresIn)
	fmt.Printf("Scopes: %s\n", token.Scope)
	refresh := "none"
	if token.RefreshToken != "" {
		refresh = "received"
	}
	fmt.Printf("Refresh token: %s\n", refresh)

	// Build a client that sends this token instead of fetching a new one.
	client = client.CloneWithConfiguration(
		sdk.WithResourceOwnerAuthCredentials(
			client.Configuration().ResourceOwnerAuthCredentials().
				WithOAuthToken(token),
		),
	)
}
