package main

import (
	"context"
	"errors"
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
	if _, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, code); err != nil {
		log.Fatalln(err)
	}

	// The same code a second time, as when the user reloads the callback page. Codes work once:
	// the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
	_, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, code)

	var providerErr *sdk.OAuthProviderError
	var apiErr *sdk.ApiError
	switch {
	case errors.As(err, &providerErr):
		// The authorization server refused to issue a token (RFC 6749, section 5.2).
		fmt.Printf("OAuth error: %s\n", providerErr.ErrorCode)
		fmt.Printf("Description: %s\n", providerErr.ErrorDescription)
	case errors.As(err, &apiErr):
		// The API itself answered with an error status.
		fmt.Printf("API error: HTTP %d\n", apiErr.StatusCode)
	case err != nil:
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
