package sdk

import (
	"context"
	"encoding/base64"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"sdk/clock"
)

func TestClientCredentialsAuthManager(t *testing.T) {
	ctx := context.Background()

	t.Run("authenticates with HTTP Basic of the form-encoded id and secret, never in the URL or body", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithClientCredentialsAuthCredentials(
			NewClientCredentialsAuthCredentials("docs client:%&+ 1", "s3cret with spaces:%&+="))))
		if _, err := client.ClientCredentialsAuthManager().FetchToken(ctx); err != nil {
			t.Fatal(err)
		}
		request := server.requests()[0]
		decoded, _ := base64.StdEncoding.DecodeString(strings.TrimPrefix(request.authorization, "Basic "))
		if want := "docs+client%3A%25%26%2B+1:s3cret+with+spaces%3A%25%26%2B%3D"; string(decoded) != want {
			t.Fatalf("Basic credentials = %q, want %q", decoded, want)
		}
		if request.form.Get("grant_type") != "client_credentials" || request.form.Has("client_secret") || request.rawQuery != "" {
			t.Fatalf("token request form %v, query %q", request.form, request.rawQuery)
		}
	})

	t.Run("stamps expiry at receipt time plus expires_in minus 30 seconds", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithClientCredentialsAuthCredentials(
			NewClientCredentialsAuthCredentials("OAuthClientId", "OAuthClientSecret"))))
		before := clock.Now().Unix()
		token, err := client.ClientCredentialsAuthManager().FetchToken(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if token.ExpiresIn != 3600 || token.Expiry < before+3570 || token.Expiry > clock.Now().Unix()+3570 {
			t.Fatalf("expiresIn %d, expiry %d, fetched at %d", token.ExpiresIn, token.Expiry, before)
		}
	})

	t.Run("uses half the lifetime as margin for tokens shorter than a minute", func(t *testing.T) {
		server := newFakeServer(t)
		server.tokenAnswer = func(tokenRequest) (int, map[string]any) {
			return 200, map[string]any{"access_token": "short-lived", "token_type": "bearer", "expires_in": 40}
		}
		client := NewClient(server.config(WithClientCredentialsAuthCredentials(
			NewClientCredentialsAuthCredentials("OAuthClientId", "OAuthClientSecret"))))
		now := clock.Now().Unix()
		token, _ := client.ClientCredentialsAuthManager().FetchToken(ctx)
		if token.Expiry < now+20 || token.Expiry > now+21 || token.TokenType != "Bearer" {
			t.Fatalf("expiry %d for a 40 s token received at %d (type %q)", token.Expiry, now, token.TokenType)
		}
	})

	t.Run("fetches a new token once the clock passes the expiry", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithClientCredentialsAuthCredentials(
			NewClientCredentialsAuthCredentials("OAuthClientId", "OAuthClientSecret"))))
		if _, err := client.UserController().GetProfile(ctx); err != nil {
			t.Fatal(err)
		}
		clock.Advance(time.Hour)
		if !client.ClientCredentialsAuthManager().OAuthTokenIsExpired() {
			t.Fatal("token should be expired an hour later")
		}
		if _, err := client.UserController().GetProfile(ctx); err != nil {
			t.Fatal(err)
		}
		if got := grantTypes(server.requests()); got != "client_credentials,client_credentials" {
			t.Fatalf("token requests %s", got)
		}
	})

	t.Run("sends one token request for 50 concurrent calls without a token", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithClientCredentialsAuthCredentials(
			NewClientCredentialsAuthCredentials("OAuthClientId", "OAuthClientSecret"))))
		var wg sync.WaitGroup
		errs := make(chan error, 50)
		for i := 0; i < 50; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := client.ItemsController().ListItems(ctx)
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		if n := len(server.requests()); n != 1 {
			t.Fatalf("%d token requests, want 1", n)
		}
	})

	t.Run("reports a refused token request as OAuthProviderError with the RFC 6749 fields", func(t *testing.T) {
		server := newFakeServer(t)
		server.tokenAnswer = func(tokenRequest) (int, map[string]any) {
			return 401, map[string]any{"error": "invalid_client", "error_description": "Client authentication failed", "error_uri": "https://example.com/e"}
		}
		client := NewClient(server.config(WithClientCredentialsAuthCredentials(
			NewClientCredentialsAuthCredentials("OAuthClientId", "revoked-secret"))))
		_, err := client.ItemsController().ListItems(ctx)
		var providerErr *OAuthProviderError
		if !errors.As(err, &providerErr) {
			t.Fatalf("got %T %v", err, err)
		}
		if providerErr.Code() != CodeOAuthProviderError || providerErr.ErrorCode != "invalid_client" ||
			providerErr.ErrorDescription != "Client authentication failed" || providerErr.ErrorUri != "https://example.com/e" || providerErr.StatusCode != 401 {
			t.Fatalf("%+v", providerErr)
		}
		if strings.Contains(err.Error(), "revoked-secret") {
			t.Fatal("the error message contains the client secret")
		}
		if server.apiCalls.Load() != 0 {
			t.Fatal("the API was called without a token")
		}
	})

	t.Run("rejects a token response without access_token as InvalidResponseError", func(t *testing.T) {
		server := newFakeServer(t)
		server.tokenAnswer = func(tokenRequest) (int, map[string]any) { return 200, map[string]any{"token_type": "Bearer"} }
		client := NewClient(server.config(WithClientCredentialsAuthCredentials(
			NewClientCredentialsAuthCredentials("OAuthClientId", "OAuthClientSecret"))))
		_, err := client.ClientCredentialsAuthManager().FetchToken(ctx)
		var sdkErr SdkError
		if !errors.As(err, &sdkErr) || sdkErr.Code() != CodeInvalidResponse {
			t.Fatalf("got %v", err)
		}
	})
}
