package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"

	"sdk"
	"sdk/models"
)

func main() {
	ctx := context.Background()

	// Read the token your app saved earlier (see "Token callbacks").
	storedToken, err := loadTokenFromDatabase(ctx)
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
	fmt.Printf("Token expired: %s\n", yesNo(client.ResourceOwnerAuthManager().OAuthTokenIsExpired()))

	response, err := client.UserController().GetProfile(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Status: %d\n", response.Response.StatusCode)
	fmt.Printf("Profile: %s (%s)\n", response.Data.Name, response.Data.Kind)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// Demo only: stands in for your database, returning a token saved as JSON by an earlier run.
func loadTokenFromDatabase(ctx context.Context) (models.OAuthToken, error) {
	earlier := sdk.NewClient(
		sdk.CreateConfiguration(
			sdk.WithResourceOwnerAuthCredentials(
				sdk.NewResourceOwnerAuthCredentials("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword"),
			),
		),
	)
	var stored models.OAuthToken
	token, err := earlier.ResourceOwnerAuthManager().FetchToken(ctx)
	if err != nil {
		return stored, err
	}
	saved, err := json.Marshal(token)
	if err != nil {
		return stored, err
	}
	err = json.Unmarshal(saved, &stored)
	return stored, err
}
