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
	first, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, code)
	if err != nil {
		log.Fatalln(err)
	}
	client = client.CloneWithConfiguration(
		sdk.WithAuthorizationCodeAuthCredentials(
			client.Configuration().AuthorizationCodeAuthCredentials().WithOAuthToken(first),
		),
	)

	// Demo only: move the sandbox clock an hour ahead so the token expires.
	sandbox.Clock.Advance(3600)

	// The authorization code grant issues a refresh token: use it to get a new access token
	// without sending the user through the consent screen again (RFC 6749, section 6).
	if client.AuthorizationCodeAuthManager().OAuthTokenIsExpired() {
		fmt.Println("Token expired: refreshing it")
		token, err := client.AuthorizationCodeAuthManager().RefreshToken(ctx)
		if err != nil {
			log.Fatalln(err)
		}
		client = client.CloneWithConfiguration(
			sdk.WithAuthorizationCodeAuthCredentials(
				client.Configuration().AuthorizationCodeAuthCredentials().WithOAuthToken(token),
			),
		)
		fmt.Printf("New access token: %s…\n", token.AccessToken[:8])
	}
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
