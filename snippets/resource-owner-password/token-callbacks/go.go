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
			sdk.WithResourceOwnerAuthCredentials(
				sdk.NewResourceOwnerAuthCredentials(
					"OAuthClientId",
					"OAuthClientSecret",
					"OAuthUsername",
					"OAuthPassword",
				).
					// Called whenever the client has no token or its token has expired.
					WithOAuthTokenProvider(func(lastOAuthToken models.OAuthToken, authManager sdk.ResourceOwnerAuthManager) models.OAuthToken {
						if savedToken != nil && !authManager.IsTokenExpired(*savedToken) {
							return *savedToken
						}
						var token models.OAuthToken
						var err error
						if lastOAuthToken.RefreshToken != "" {
							fmt.Println("Token expired: refreshing it")
							token, err = authManager.RefreshToken(ctx)
						} else {
							fmt.Println("No token yet: fetching one")
							token, err = authManager.FetchToken(ctx)
						}
						if err != nil {
							log.Println(err) // an empty token makes the call fail
						}
						return token
					}).
					// Called with every new token the client starts using: persist it here.
					WithOAuthOnTokenUpdate(func(token models.OAuthToken) {
						savedToken = &token
						fmt.Printf("Saved token %s…\n", token.AccessToken[:8])
					}),
			),
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
