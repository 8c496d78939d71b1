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

	// 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
	state := rand.Text()
	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURL(&state)
	// Redirect the user's browser to authURL, for example with http.Redirect.
	_ = authURL

	// 2. Callback request: the redirect carries the state you sent plus either a code or an error.
	//    Check the state first: a mismatch means this user never made the request (RFC 6749, section 10.12).
	//    callbackURL (a *url.URL) is the URL your redirect URI was requested with.
	query := callbackURL.Query()
	switch {
	case query.Get("state") != state:
		fmt.Println("State mismatch: ignoring this callback")
	case query.Has("error"):
		fmt.Println("State verified")
		fmt.Printf("Authorization failed: %s\n", query.Get("error"))
		fmt.Printf("Description: %s\n", query.Get("error_description"))
	default:
		fmt.Println("State verified")
		fmt.Printf("Authorization code: %s…\n", query.Get("code")[:8])
	}
}
