package sdk

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"sdk/models"
)

func TestConfiguration(t *testing.T) {
	ctx := context.Background()

	t.Run("names the empty option in a ConfigurationError on first use", func(t *testing.T) {
		client := NewClient(CreateConfiguration(WithClientCredentialsAuthCredentials(
			NewClientCredentialsAuthCredentials("OAuthClientId", ""))))
		_, err := client.ClientCredentialsAuthManager().FetchToken(ctx)
		var configErr *ConfigurationError
		if !errors.As(err, &configErr) || configErr.Code() != CodeConfigurationError || !strings.Contains(err.Error(), "OAuthClientSecret") {
			t.Fatalf("got %v", err)
		}
	})

	t.Run("answers a manager of an unconfigured grant with ConfigurationError", func(t *testing.T) {
		client := NewClient(CreateConfiguration())
		_, err := client.ResourceOwnerAuthManager().FetchToken(ctx)
		var configErr *ConfigurationError
		if !errors.As(err, &configErr) || !strings.Contains(err.Error(), "WithResourceOwnerAuthCredentials") {
			t.Fatalf("got %v", err)
		}
	})

	t.Run("uses SDK_AUTH_SERVER_URL and SDK_API_BASE_URL as defaults, explicit options first", func(t *testing.T) {
		t.Setenv("SDK_AUTH_SERVER_URL", "http://127.0.0.1:9/auth")
		t.Setenv("SDK_API_BASE_URL", "http://127.0.0.1:9/api/v1")
		if got := CreateConfiguration().AuthServerURL(); got != "http://127.0.0.1:9/auth" {
			t.Fatalf("auth server %s", got)
		}
		if got := CreateConfiguration(WithAPIBaseURL("https://api.example.com/v1")).APIBaseURL(); got != "https://api.example.com/v1" {
			t.Fatalf("API %s", got)
		}
		t.Setenv("SDK_AUTH_SERVER_URL", "")
		if got := CreateConfiguration().AuthServerURL(); got != "https://auth.example.com" {
			t.Fatalf("default auth server %s", got)
		}
	})

	t.Run("never prints the secret, the password or the token", func(t *testing.T) {
		config := CreateConfiguration(WithResourceOwnerAuthCredentials(
			NewResourceOwnerAuthCredentials("OAuthClientId", "s3cr3t-value", "OAuthUsername", "p4ss-value").
				WithOAuthToken(models.OAuthToken{AccessToken: "secret-access-token"})))
		client := NewClient(config)
		for _, printed := range []string{fmt.Sprint(config), fmt.Sprintf("%+v", config), fmt.Sprintf("%#v", config), fmt.Sprint(client), fmt.Sprintf("%v", config.ResourceOwnerAuthCredentials())} {
			if strings.Contains(printed, "s3cr3t-value") || strings.Contains(printed, "p4ss-value") || strings.Contains(printed, "secret-access-token") {
				t.Fatalf("printed %s", printed)
			}
		}
	})

	t.Run("keeps the other groups when a clone replaces one", func(t *testing.T) {
		client := NewClient(CreateConfiguration(
			WithClientCredentialsAuthCredentials(NewClientCredentialsAuthCredentials("cc", "cc-secret")),
			WithResourceOwnerAuthCredentials(NewResourceOwnerAuthCredentials("ro", "ro-secret", "user", "pass"))))
		token := models.OAuthToken{AccessToken: "stored", TokenType: "Bearer"}
		clone := client.CloneWithConfiguration(WithResourceOwnerAuthCredentials(
			client.Configuration().ResourceOwnerAuthCredentials().WithOAuthToken(token)))
		if clone.Configuration().ClientCredentialsAuthCredentials().OAuthClientId() != "cc" ||
			clone.Configuration().ResourceOwnerAuthCredentials().OAuthToken().AccessToken != "stored" ||
			client.Configuration().ResourceOwnerAuthCredentials().OAuthToken() != nil {
			t.Fatal("clone did not keep the other group, or changed the original")
		}
		if clone.ResourceOwnerAuthManager().OAuthTokenIsExpired() {
			t.Fatal("a stored token without expiry should not count as expired")
		}
	})
}
