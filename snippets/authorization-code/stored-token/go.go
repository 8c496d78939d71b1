package main

import (
	"context"
	"fmt"
	"log"

	"sdk"
	"sdk/models"
)

func main() {
	ctx := context.Background()

	// Your code: read the token your app saved earlier (see "Token callbacks").
	storedToken, err := loadTokenFromDatabase()
	if err != nil {
		log.Fatalln(err)
	}

	// Give the client the saved token: the user need not authorize the app again at every startup.
	// The client sends the token until it expires, then refreshes it.
	client := sdk.NewClient(
		sdk.CreateConfiguration(
			sdk.WithAuthorizationCodeAuthCredentials(
				sdk.NewAuthorizationCodeAuthCredentials(
					"OAuthClientId",
					"OAuthClientSecret",
					"https://example.com/oauth/callback",
				).
					WithOAuthScopes([]models.OAuthScopeEnum{
						models.OAuthScopeEnum_READSCOPE,
						models.OAuthScopeEnum_WRITESCOPE,
					}).
					WithOAuthToken(storedToken),
			),
		),
	)
	fmt.Printf("Stored token: %s…\n", storedToken.AccessToken[:8])
	if client.AuthorizationCodeAuthManager().OAuthTokenIsExpired() {
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
