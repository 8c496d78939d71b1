package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"

	"sandbox"
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
	fmt.Printf("Token expired: %s\n", yesNo(client.AuthorizationCodeAuthManager().OAuthTokenIsExpired()))

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

// Demo only: stands in for your database, returning a token saved as JSON by an earlier run
// (in which the sandbox played the user's browser and approved the consent screen).
func loadTokenFromDatabase(ctx context.Context) (models.OAuthToken, error) {
	earlier := sdk.NewClient(
		sdk.CreateConfiguration(
			sdk.WithAuthorizationCodeAuthCredentials(
				sdk.NewAuthorizationCodeAuthCredentials("OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback").
					WithOAuthScopes([]models.OAuthScopeEnum{models.OAuthScopeEnum_READSCOPE, models.OAuthScopeEnum_WRITESCOPE}),
			),
		),
	)
	var stored models.OAuthToken
	callbackURL, err := sandbox.Browser.Authorize(earlier.AuthorizationCodeAuthManager().BuildAuthorizationURL(nil))
	if err != nil {
		return stored, err
	}
	token, err := earlier.AuthorizationCodeAuthManager().FetchToken(ctx, callbackURL.Query().Get("code"))
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
