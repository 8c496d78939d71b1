package main

import (
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

	// The URL of the authorization server's consent page for this client, redirect URI and scopes.
	// The SDK adds a PKCE challenge to it; add a state too to tie the answer to the user's session
	// (see "Authorization URL with state").
	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURL(nil)
	fmt.Printf("Authorization URL: %s\n", authURL)

	// Redirect the user's browser to authURL: after consent, the server sends the user back to
	// https://example.com/oauth/callback with a code (see "Handle the redirect").
}
