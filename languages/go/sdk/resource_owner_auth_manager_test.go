package sdk

import (
	"context"
	"testing"
	"time"

	"sdk/clock"
	"sdk/models"
)

func TestResourceOwnerAuthManager(t *testing.T) {
	ctx := context.Background()
	credentials := NewResourceOwnerAuthCredentials("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword")

	t.Run("sends the username and password in the body and gets a refresh token", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithResourceOwnerAuthCredentials(credentials)))
		token, err := client.ResourceOwnerAuthManager().FetchToken(ctx)
		if err != nil {
			t.Fatal(err)
		}
		form := server.requests()[0].form
		if form.Get("grant_type") != "password" || form.Get("username") != "OAuthUsername" || form.Get("password") != "OAuthPassword" || token.RefreshToken == "" {
			t.Fatalf("form %v, token %+v", form, token)
		}
	})

	t.Run("refreshes an expired token with its refresh token before the next call", func(t *testing.T) {
		server := newFakeServer(t)
		client := NewClient(server.config(WithResourceOwnerAuthCredentials(credentials)))
		if _, err := client.UserController().GetProfile(ctx); err != nil {
			t.Fatal(err)
		}
		clock.Advance(time.Hour)
		if _, err := client.UserController().GetProfile(ctx); err != nil {
			t.Fatal(err)
		}
		requests := server.requests()
		if grantTypes(requests) != "password,refresh_token" || requests[1].form.Get("refresh_token") != "refresh-1" {
			t.Fatalf("token requests %s", grantTypes(requests))
		}
	})

	t.Run("falls back to a new password grant when the refresh token answers invalid_grant", func(t *testing.T) {
		server := newFakeServer(t)
		server.tokenAnswer = func(r tokenRequest) (int, map[string]any) {
			if r.form.Get("grant_type") == "refresh_token" {
				return 400, map[string]any{"error": "invalid_grant", "error_description": "revoked"}
			}
			return 200, server.defaultToken(r.form.Get("grant_type"))
		}
		client := NewClient(server.config(WithResourceOwnerAuthCredentials(credentials)))
		if _, err := client.UserController().GetProfile(ctx); err != nil {
			t.Fatal(err)
		}
		clock.Advance(time.Hour)
		if _, err := client.UserController().GetProfile(ctx); err != nil {
			t.Fatal(err)
		}
		if got := grantTypes(server.requests()); got != "password,refresh_token,password" {
			t.Fatalf("token requests %s", got)
		}
	})

	t.Run("calls the token provider when there is no token and the update callback for each new token", func(t *testing.T) {
		server := newFakeServer(t)
		var provided, updated []string
		client := NewClient(server.config(WithResourceOwnerAuthCredentials(credentials.
			WithOAuthTokenProvider(func(last models.OAuthToken, manager ResourceOwnerAuthManager) models.OAuthToken {
				provided = append(provided, last.AccessToken)
				token, _ := manager.FetchToken(ctx)
				return token
			}).
			WithOAuthOnTokenUpdate(func(token models.OAuthToken) { updated = append(updated, token.AccessToken) }))))
		if _, err := client.UserController().GetProfile(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := client.UserController().GetProfile(ctx); err != nil {
			t.Fatal(err)
		}
		if len(provided) != 1 || provided[0] != "" || len(updated) != 1 || updated[0] != "access-1-abcdefgh" {
			t.Fatalf("provider saw %q, updates %q", provided, updated)
		}
	})
}
