package main

import (
	"crypto/rand"
	"fmt"

	"sdk"
	"sdk/models"
)

func main() {
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

	// A fresh, unguessable state for each sign-in. Keep it in the user's session: the callback
	// must carry the same value, or it answers a request this user never made (RFC 6749, section 10.12).
	state := rand.Text()

	// prompt=consent asks the server to show the consent screen even if the user approved before.
	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURLWithParams(&state, map[string]string{
		"prompt": "consent",
	})
	fmt.Printf("State: %s\n", state)
	fmt.Printf("Authorization URL: %s\n", authURL)
}
