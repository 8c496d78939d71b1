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

	// 1. Sign-in request: a fresh state, kept in the user's session, goes into the authorization URL.
	state := randomUUID()
	authURL := client.AuthorizationCodeAuthManager().BuildAuthorizationURL(&state)

	// Demo only: the sandbox plays the user's browser and approves the consent screen.
	callbackURL, err := sandbox.Browser.Authorize(authURL)
	if err != nil {
		log.Fatalln(err)
	}

	// 2. Callback request: check the state, then exchange the code (with its state, so the SDK sends
	//    the matching PKCE verifier) for a token. Codes are single-use and expire within minutes.
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

// randomUUID returns a random (version 4) UUID.
func randomUUID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		log.Fatalln(err)
	}
	b[6], b[8] = b[6]&0x0f|0x40, b[8]&0x3f|0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
