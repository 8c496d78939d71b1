package main

import (
	"context"
	"fmt"
	"log"

	"sandbox"
	"sdk"
	"sdk/models"
)

// Stands in for your database or cache.
var savedToken *models.OAuthToken

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
					}).
					// Called whenever the client has no token or its token has expired.
					WithOAuthTokenProvider(func(lastOAuthToken models.OAuthToken, authManager sdk.AuthorizationCodeAuthManager) models.OAuthToken {
						if savedToken != nil && !authManager.IsTokenExpired(*savedToken) {
							return *savedToken
						}
						if lastOAuthToken.RefreshToken != "" {
							fmt.Println("Token expired: refreshing it")
							token, err := authManager.RefreshToken(ctx)
							if err != nil {
								log.Println(err) // an empty token makes the call fail
							}
							return token
						}
						// Nothing to refresh: only the user can authorize the app again. An empty token
						// makes the call fail with sdk.AuthorizationRequiredError.
						return models.OAuthToken{}
					}).
					// Called with every new token the client starts using: persist it here.
					WithOAuthOnTokenUpdate(func(token models.OAuthToken) {
						savedToken = &token
						fmt.Printf("Saved token %s…\n", token.AccessToken[:8])
					}),
			),
		),
	)

	// The first token comes from the user's consent: exchanging the code triggers the update callback.
	token, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, getAuthCodeFromRedirectUri(client.AuthorizationCodeAuthManager()))
	if err != nil {
		log.Fatalln(err)
	}
	client = client.CloneWithConfiguration(
		sdk.WithAuthorizationCodeAuthCredentials(
			client.Configuration().AuthorizationCodeAuthCredentials().WithOAuthToken(token),
		),
	)
	if _, err := client.UserController().GetProfile(ctx); err != nil {
		log.Fatalln(err)
	}

	// Demo only: move the sandbox clock an hour ahead so the token expires.
	sandbox.Clock.Advance(3600)
	if _, err := client.UserController().GetProfile(ctx); err != nil {
		log.Fatalln(err)
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
