package main

import (
	"context"
	"fmt"
	"log"

	"sdk"
)

func main() {
	ctx := context.Background()

	// Your code: read the token your app saved earlier (see "Token callbacks").
	storedToken, err := loadTokenFromDatabase()
	if err != nil {
		log.Fatalln(err)
	}

	// Give the client the saved token: it sends it until it expires, then fetches a new one.
	client := sdk.NewClient(
		sdk.CreateConfiguration(
			sdk.WithClientCredentialsAuthCredentials(
				sdk.NewClientCredentialsAuthCredentials(
					"OAuthClientId",
					"OAuthClientSecret",
				).
					WithOAuthToken(storedToken),
			),
		),
	)
	fmt.Printf("Stored token: %s…\n", storedToken.AccessToken[:8])
	if client.ClientCredentialsAuthManager().OAuthTokenIsExpired() {
		fmt.Println("Token expired: yes")
	} else {
		fmt.Println("Token expired: no")
	}

	response, err := client.ItemsController().ListItems(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Status: %d\n", response.Response.StatusCode)
}
