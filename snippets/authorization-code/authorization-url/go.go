package main

import (
	"fmt"
	"log"

	"sandbox"
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

	// Redirect the user's browser to authURL. Demo only: the sandbox plays that browser.
	callbackURL, err := sandbox.Browser.Authorize(authURL)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Redirected to: %s://%s%s\n", callbackURL.Scheme, callbackURL.Host, callbackURL.Path)
	fmt.Printf("Code received: %s\n", yesNo(callbackURL.Query().Has("code")))
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
