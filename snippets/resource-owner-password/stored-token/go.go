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

	// Give the client the saved token: it sends it until it expires, then refreshes it.
	client := sdk.NewClient(
		sdk.CreateConfiguration(
			sdk.WithResourceOwnerAuthCredentials(
				sdk.NewResourceOwnerAuthCredentials(
					"OAuthClientId",
					"OAuthClientSecret",
					"OAuthUsername",
					"OAuthPassword",
				).
					WithOAuthToken(storedToken),
			),
		),
	)
	fmt.Printf("Stored token: %s…\n", storedToken.AccessToken[:8])
	if client.ResourceOwnerAuthManager().OAuthTokenIsExpired() {
		fmt.Println("Token expired: yes")
	} else {
		fmt.Println("Token expired: no")
	}

	response, err := client.UserController().GetProfile(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Status: %d\n", response.Response.StatusCode)
	fmt.Printf("Profile: %s (%s)\n", response.Data.Name, response.Data.Kind)
}
