package main

import (
	"context"
	"fmt"
	"log"

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
							token, err := authManager.RefreshToken(context.TODO())
							if err == nil {
								return token
							}
							log.Println(err)
						}
						// Nothing to refresh: only the user can authorize the app again.
						log.Println("The user must sign in again")
						return lastOAuthToken
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
	// getAuthCodeFromRedirectUri is your code (see "Handle the redirect").
	token, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, getAuthCodeFromRedirectUri())
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

	// ... an hour later, the token has expired:
	if _, err := client.UserController().GetProfile(ctx); err != nil {
		log.Fatalln(err)
	}
}
