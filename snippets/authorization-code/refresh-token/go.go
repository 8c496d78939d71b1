package main

import (
	"context"
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
	token, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, authCode)
	if err != nil {
		log.Fatalln(err)
	}
	client = client.CloneWithConfiguration(
		sdk.WithAuthorizationCodeAuthCredentials(
			client.Configuration().AuthorizationCodeAuthCredentials().WithOAuthToken(token),
		),
	)

	// ... an hour later, the token has expired.

	// The authorization code grant issues a refresh token: use it to get a new access token
	// without sending the user through the consent screen again (RFC 6749, section 6).
	if client.AuthorizationCodeAuthManager().OAuthTokenIsExpired() {
		fmt.Println("Token expired: refreshing it")
		token, err = client.AuthorizationCodeAuthManager().RefreshToken(ctx)
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
