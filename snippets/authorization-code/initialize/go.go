package main

import (
	"fmt"

	"sdk"
	"sdk/models"
)

func main() {
	// Configure the client once: its credentials, the redirect URI registered for it,
	// and the scopes to ask the user for.
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
					}),
			),
		),
	)

	// No token yet: the user must authorize the app first. Send them to this URL.
	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURL(nil)
	fmt.Printf("Authorization URL: %s\n", authURL)
}
