package main

import (
	"context"
	"crypto/rand"
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

	// 1. Sign-in request: the SDK adds PKCE (RFC 7636) to every authorization URL. It keeps a random
	//    code verifier for this state and puts only its SHA-256 hash in the URL (code_challenge, S256).
	state := randomUUID()
	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURL(&state)
	fmt.Printf("Authorization URL: %s\n", authURL)

	// Demo only: the sandbox plays the user's browser and approves the consent screen.
	callbackURL, err := sandbox.Browser.Authorize(authURL)
	if err != nil {
		log.Fatalln(err)
	}

	// 2. Callback request: pass the returned state with the code. The SDK sends the verifier kept for
	//    that state, proving the code is redeemed by the client that asked for it. Use the same client
	//    instance for both requests: the verifier lives in its memory.
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

// randomUUID returns a random (version 4) UUID.
func randomUUID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		log.Fatalln(err)
	}
	b[6], b[8] = b[6]&0x0f|0x40, b[8]&0x3f|0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
