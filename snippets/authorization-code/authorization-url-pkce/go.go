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

	// 1. Sign-in request: the SDK adds PKCE (RFC 7636) to every authorization URL. It keeps a random
	//    code verifier for this state and puts only its SHA-256 hash in the URL (code_challenge, S256).
	state := rand.Text()
	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURL(&state)
	fmt.Printf("Authorization URL: %s\n", authURL)
	// Keep state in the user's session and redirect their browser to authURL.

	// 2. Callback request: pass the returned state with the code. The SDK sends the verifier kept for
	//    that state, proving the code is redeemed by the client that asked for it. Use the same client
	//    instance for both requests: the verifier lives in its memory.
	//    callbackURL (a *url.URL) is the URL your redirect URI was requested with.
	query := callbackURL.Query()
	if query.Get("state") != state {
		log.Fatalln("State mismatch: ignore this callback")
	}
	token, err := client.AuthorizationCodeAuthManager().FetchTokenWithState(ctx, query.Get("code"), query.Get("state"))
	if err != nil {
		log.Fatalln(err)
	}
	fmt.Printf("Access token: %s…\n", token.AccessToken[:8])
}
