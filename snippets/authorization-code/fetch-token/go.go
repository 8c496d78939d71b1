package main

import (
	"context"
	"fmt"
	"log"

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

	// Exchange the authorization code for an access token (and a refresh token).
	token, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, code)
	if err != nil {
		log.Fatalln(err)
	}

	// Print only the start of the token: the whole value is a bearer credential.
	fmt.Printf("Access token: %s…\n", token.AccessToken[:8])
	fmt.Printf("Expires in: %d s\n", token.ExpiresIn)
	fmt.Printf("Scopes: %s\n", token.Scope)
	refresh := "none"
	if token.RefreshToken != "" {
		refresh = "received"
	}
	fmt.Printf("Refresh token: %s\n", refresh)

	// Build a client that sends this token on its API calls.
	client = client.CloneWithConfiguration(
		sdk.WithAuthorizationCodeAuthCredentials(
			client.Configuration().AuthorizationCodeAuthCredentials().
				WithOAuthToken(token),
		),
	)
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
