package sdk

import (
	"context"
	"errors"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"sdk/clock"
	"sdk/models"
)

func TestAuthorizationCodeAuthManager(t *testing.T) {
	ctx := context.Background()
	credentials := NewAuthorizationCodeAuthCredentials("OAuthClientId", "OAuthClientSecret", "https://example.com/oauth/callback").
		WithOAuthScopes([]models.OAuthScopeEnum{models.OAuthScopeEnum_READSCOPE, models.OAuthScopeEnum_WRITESCOPE})

	t.Run("builds the authorization URL with its parameters in order and an S256 challenge", func(t *testing.T) {
		client := NewClient(CreateConfiguration(WithAuthServerURL("https://auth.example.com"), WithAuthorizationCodeAuthCredentials(credentials)))
		state := "xyz"
		got := client.AuthorizationCodeAuthManager().BuildAuthorizationURLWithParams(&state, map[string]string{"prompt": "consent"})
		want := regexp.MustCompile(`^https://auth\.example\.com/oauth2/authorize\?response_type=code&client_id=OAuthClientId&redirect_uri=https%3A%2F%2Fexample\.com%2Foauth%2Fcallback&scope=read\+write&state=xyz&code_challenge=[A-Za-z0-9_-]{43}&code_challenge_method=S256&prompt=consent$`)
		if !want.MatchString(got) || strings.Contains(got, "OAuthClientSecret") {
			t.Fatalf("authorization URL %s", got)
		}
	})

	t.Run("sends the verifier whose S256 hash was in the URL of the same state", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithAuthorizationCodeAuthCredentials(credentials)))
		manager := client.AuthorizationCodeAuthManager()
		first, second := "first", "second"
		firstURL, _ := url.Parse(manager.BuildAuthorizationURL(&first))
		manager.BuildAuthorizationURL(&second)
		if _, err := manager.FetchTokenWithState(ctx, "code-1", first); err != nil {
			t.Fatal(err)
		}
		form := server.requests()[0].form
		if s256CodeChallenge(form.Get("code_verifier")) != firstURL.Query().Get("code_challenge") ||
			form.Get("redirect_uri") != "https://example.com/oauth/callback" || form.Get("code") != "code-1" {
			t.Fatalf("token request form %v does not match the first URL's challenge", form)
		}
	})

	t.Run("refuses a state it never issued with StateMismatchError before sending anything", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithAuthorizationCodeAuthCredentials(credentials)))
		_, err := client.AuthorizationCodeAuthManager().FetchTokenWithState(ctx, "code", "forged")
		var mismatch *StateMismatchError
		if !errors.As(err, &mismatch) || mismatch.Code() != CodeStateMismatch || len(server.requests()) != 0 {
			t.Fatalf("got %v after %d requests", err, len(server.requests()))
		}
	})

	t.Run("answers an endpoint call without a token with AuthorizationRequiredError and no request", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithAuthorizationCodeAuthCredentials(credentials)))
		_, err := client.UserController().GetProfile(ctx)
		var required *AuthorizationRequiredError
		if !errors.As(err, &required) || required.Code() != CodeAuthorizationRequired {
			t.Fatalf("got %v", err)
		}
		if len(server.requests()) != 0 || server.apiCalls.Load() != 0 {
			t.Fatal("a request was sent")
		}
	})

	t.Run("refreshes an expired token given with WithOAuthToken", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithAuthorizationCodeAuthCredentials(credentials)))
		token, err := client.AuthorizationCodeAuthManager().FetchToken(ctx, "code-1")
		if err != nil {
			t.Fatal(err)
		}
		client = client.CloneWithConfiguration(WithAuthorizationCodeAuthCredentials(
			client.Configuration().AuthorizationCodeAuthCredentials().WithOAuthToken(token)))
		clock.Advance(time.Hour)
		if _, err := client.UserController().GetProfile(ctx); err != nil {
			t.Fatal(err)
		}
		if got := grantTypes(server.requests()); got != "authorization_code,refresh_token" {
			t.Fatalf("token requests %s", got)
		}
	})

	t.Run("panics with ConfigurationError when an additional parameter replaces one the SDK sets", func(t *testing.T) {
		client := NewClient(CreateConfiguration(WithAuthorizationCodeAuthCredentials(credentials)))
		defer func() {
			configErr, ok := recover().(*ConfigurationError)
			if !ok || configErr.Code() != CodeConfigurationError || !strings.Contains(configErr.Error(), `"state"`) {
				t.Fatalf("recovered %v", configErr)
			}
		}()
		client.AuthorizationCodeAuthManager().BuildAuthorizationURLWithParams(nil, map[string]string{"state": "x"})
	})

	t.Run("makes an empty token from the provider an AuthorizationRequiredError", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithAuthorizationCodeAuthCredentials(credentials.WithOAuthTokenProvider(
			func(models.OAuthToken, AuthorizationCodeAuthManager) models.OAuthToken { return models.OAuthToken{} }))))
		_, err := client.UserController().GetProfile(ctx)
		var required *AuthorizationRequiredError
		if !errors.As(err, &required) {
			t.Fatalf("got %v", err)
		}
	})
}
