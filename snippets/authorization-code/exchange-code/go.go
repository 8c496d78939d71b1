package main

import (
	"context"
	"crypto/rand"
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

	// 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
	state := rand.Text()
	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURL(&state)
	// Redirect the user's browser to authURL, for example with http.Redirect.
	_ = authURL

	// 2. Callback request: check the state, then exchange the code (with its state, so the SDK sends
	//    the matching PKCE verifier) for a token. Codes are single-use and expire within minutes.
	//    callbackURL (a *url.URL) is the URL your redirect URI was requested with.
	query := callbackURL.Query()
	if query.Get("state") != state {
		log.Fatalln("State mismatch: ignore this callback")
	}
	token, err := client.AuthorizationCodeAuthManager().FetchTokenWithState(ctx, query.Get("code"), state)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Access token: %s…\n", token.AccessToken[:8])
	fmt.Printf("Scopes: %s\n", token.Scope)

	// Re-initialize the client with the token: its API calls now act for the user.
	client = client.CloneWithConfiguration(
		sdk.WithAuthorizationCodeAuthCredentials(
			client.Configuration().AuthorizationCodeAuthCredentials().WithOAuthToken(token),
		),
	)
	response, err := client.UserController().GetProfile(ctx)
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Signed in as: %s\n", response.Data.Name)
}
