package main

import (
	"context"
	"fmt"
	"log"

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

	// Until the user authorizes the app, calls fail: exchange the code from the redirect first,
	// and give the token to the client. getAuthCodeFromRedirectUri is your code (see "Handle the redirect").
	token, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, getAuthCodeFromRedirectUri())
	if err != nil {
		log.Fatalln(err)
	}
	client = client.CloneWithConfiguration(
		sdk.WithAuthorizationCodeAuthCredentials(
			client.Configuration().AuthorizationCodeAuthCredentials().WithOAuthToken(token),
		),
	)

	// The client sends the token in the Authorization header.
	response, err := client.UserController().GetProfile(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Status: %d\n", response.Response.StatusCode)
	fmt.Printf("Profile: %s (%s)\n", response.Data.Name, response.Data.Kind)

	// ... an hour later, the token has expired.
	fmt.Printf("Token expired: %s\n", yesNo(client.AuthorizationCodeAuthManager().OAuthTokenIsExpired()))

	// The next call notices and refreshes the token before sending the request.
	response, err = client.UserController().GetProfile(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Status: %d\n", response.Response.StatusCode)
	fmt.Printf("Token expired: %s\n", yesNo(client.AuthorizationCodeAuthManager().OAuthTokenIsExpired()))
}
