package sandbox

import (
	"context"
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"

	"sdk"
	sdkclock "sdk/clock"
	"sdk/models"
)

// The authorization code grant end to end against `npm run mock-server` (MOCK_SERVER_URL).
func TestAuthorizationCodeAgainstTheMockServer(t *testing.T) {
	ctx := context.Background()
	server := strings.TrimRight(os.Getenv("MOCK_SERVER_URL"), "/")
	if server == "" {
		t.Skip("MOCK_SERVER_URL is not set: start npm run mock-server and export MOCK_SERVER_URL to run this test")
	}
	t.Cleanup(sdkclock.Reset)
	newClient := func() *sdk.Client {
		response, err := http.Post(server+"/__control/reset", "application/json", nil)
		if err != nil {
			t.Fatal(err)
		}
		response.Body.Close()
		sdkclock.Reset()
		return sdk.NewClient(sdk.CreateConfiguration(
			sdk.WithAuthServerURL(server+"/auth"), sdk.WithAPIBaseURL(server+"/api/v1"),
			sdk.WithAuthorizationCodeAuthCredentials(
				sdk.NewAuthorizationCodeAuthCredentials("OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback").
					WithOAuthScopes([]models.OAuthScopeEnum{models.OAuthScopeEnum_READSCOPE, models.OAuthScopeEnum_WRITESCOPE}))))
	}

	t.Run("an approved code becomes a token that still works after an hour, by refresh", func(t *testing.T) {
		client := newClient()
		t.Setenv("SANDBOX_CONSENT", "approve")
		state := "state-1"
		callback, err := Browser.Authorize(client.AuthorizationCodeAuthManager().BuildAuthorizationURL(&state))
		if err != nil {
			t.Fatal(err)
		}
		token, err := client.AuthorizationCodeAuthManager().FetchTokenWithState(ctx, callback.Query().Get("code"), callback.Query().Get("state"))
		if err != nil {
			t.Fatal(err)
		}
		if token.Scope != "read write" || token.RefreshToken == "" {
			t.Fatalf("token %+v", token)
		}
		client = client.CloneWithConfiguration(sdk.WithAuthorizationCodeAuthCredentials(
			client.Configuration().AuthorizationCodeAuthCredentials().WithOAuthToken(token)))
		Clock.Advance(3600)
		if !client.AuthorizationCodeAuthManager().OAuthTokenIsExpired() {
			t.Fatal("the token should be expired an hour later")
		}
		if _, err := client.UserController().GetProfile(ctx); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("rejects a reused authorization code with invalid_grant", func(t *testing.T) {
		client := newClient()
		t.Setenv("SANDBOX_CONSENT", "approve")
		callback, err := Browser.Authorize(client.AuthorizationCodeAuthManager().BuildAuthorizationURL(nil))
		if err != nil {
			t.Fatal(err)
		}
		code := callback.Query().Get("code")
		if _, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, code); err != nil {
			t.Fatal(err)
		}
		_, err = client.AuthorizationCodeAuthManager().FetchToken(ctx, code)
		var providerErr *sdk.OAuthProviderError
		if !errors.As(err, &providerErr) || providerErr.Code() != sdk.CodeOAuthProviderError || providerErr.ErrorCode != "invalid_grant" {
			t.Fatalf("got %v", err)
		}
	})

	t.Run("a denied consent redirects with access_denied and the state", func(t *testing.T) {
		client := newClient()
		t.Setenv("SANDBOX_CONSENT", "deny")
		state := "state-2"
		callback, err := Browser.Authorize(client.AuthorizationCodeAuthManager().BuildAuthorizationURL(&state))
		if err != nil {
			t.Fatal(err)
		}
		if callback.Query().Get("error") != "access_denied" || callback.Query().Get("state") != state {
			t.Fatalf("callback %s", callback)
		}
	})
}
