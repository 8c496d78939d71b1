package main

import (
	"context"
	"errors"
	"fmt"
	"log"

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

	// Your code: the code from the request to your redirect URI (see "Handle the redirect").
	authCode := getAuthCodeFromRedirectUri()
	if _, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, authCode); err != nil {
		log.Fatalln(err)
	}

	// The same code a second time, as when the user reloads the callback page. Codes work once:
	// the server refuses it and revokes the tokens issued with it (RFC 6749, section 4.1.2).
	_, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, authCode)

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
