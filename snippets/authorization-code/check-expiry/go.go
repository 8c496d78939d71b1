package main

import (
	"context"
	"fmt"
	"log"
	"time"

	"sandbox"
	"sdk"
	"sdk/models"
)

func main() {
	ctx := context.Background()
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

	// The code from the request to your redirect URI (here a demo helper, below).
	code := getAuthCodeFromRedirectUri(client.AuthorizationCodeAuthManager())
	token, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, code)
	if err != nil {
		log.Fatalln(err)
	}
	client = client.CloneWithConfiguration(
		sdk.WithAuthorizationCodeAuthCredentials(
			client.Configuration().AuthorizationCodeAuthCredentials().WithOAuthToken(token),
		),
	)

	// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
	fmt.Printf("Expires at: %s\n", time.Unix(token.Expiry, 0).UTC().Format(time.RFC3339))
	fmt.Printf("Token expired: %s\n", yesNo(client.AuthorizationCodeAuthManager().OAuthTokenIsExpired()))

	// Demo only: move the sandbox clock an hour ahead.
	sandbox.Clock.Advance(3600)
	fmt.Printf("Token expired: %s\n", yesNo(client.AuthorizationCodeAuthManager().OAuthTokenIsExpired()))
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// Demo only: the sandbox plays the user's browser, approves the consent screen and returns the
// code from the redirect. Your app reads it from the request to its redirect URI.
func getAuthCodeFromRedirectUri(authManager sdk.AuthorizationCodeAuthManager) string {
	callbackURL, err := sandbox.Browser.Authorize(authManager.BuildAuthorizationURL(nil))
	if err != nil {
		log.Fatalln(err)
	}
	return callbackURL.Query().Get("code")
}
