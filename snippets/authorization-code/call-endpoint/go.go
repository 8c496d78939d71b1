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

	// Until the user authorizes the app, calls fail with sdk.AuthorizationRequiredError: exchange the
	// code from the redirect first, and give the token to the client.
	code := getAuthCodeFromRedirectUri(client.AuthorizationCodeAuthManager())
	token, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, code)
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

	// Demo only: move the sandbox clock an hour ahead so the token expires.
	sandbox.Clock.Advance(3600)
	fmt.Printf("Token expired: %s\n", yesNo(client.AuthorizationCodeAuthManager().OAuthTokenIsExpired()))

	// The next call notices and refreshes the token before sending the request.
	response, err = client.UserController().GetProfile(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Status: %d\n", response.Response.StatusCode)
	fmt.Printf("Token expired: %s\n", yesNo(client.AuthorizationCodeAuthManager().OAuthTokenIsExpired()))
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
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
