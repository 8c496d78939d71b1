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
			sdk.WithClientCredentialsAuthCredentials(
				sdk.NewClientCredentialsAuthCredentials(
					"OAuthClientId",
					"OAuthClientSecret",
				),
			),
		),
	)

	// Exchange the client's own credentials for an access token.
	token, err := client.ClientCredentialsAuthManager().FetchToken(ctx)
	if err != nil {
		log.Fatalln(err)
	}

	// Print only the start of the token: the whole value is a bearer credential.
	fmt.Printf("Access token: %s…\n", token.AccessToken[:8])
	fmt.Printf("Expires in: %d s\n", token.ExpiresIn)
	fmt.Printf("Scopes: %s\n", token.Scope)

	// Build a client that sends this token instead of fetching a new one.
	client = client.CloneWithConfiguration(
		sdk.WithClientCredentialsAuthCredentials(
			client.Configuration().ClientCredentialsAuthCredentials().
				WithOAuthToken(token),
		),
	)
}
