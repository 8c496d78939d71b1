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

	// Exchange the authorization code for an access token (and a refresh token).
	token, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, authCode)
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
