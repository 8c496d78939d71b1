package main

import (
	"context"
	"fmt"
	"log"
	"time"

	"sdk"
	"sdk/models"
)

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

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

	// Expiry is a Unix time in seconds, set a little before the server's deadline to allow for clock skew.
	fmt.Printf("Expires at: %s\n", time.Unix(token.Expiry, 0).UTC().Format(time.RFC3339))
	fmt.Printf("Token expired: %s\n", yesNo(client.AuthorizationCodeAuthManager().OAuthTokenIsExpired()))

	// ... an hour later:
	fmt.Printf("Token expired: %s\n", yesNo(client.AuthorizationCodeAuthManager().OAuthTokenIsExpired()))
}
