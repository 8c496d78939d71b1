package sdk

import (
	"context"
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"

	"sdk/models"
)

// mockServer returns MOCK_SERVER_URL after resetting that server, or skips the test without it
// (the snippet checks set it; by hand: npm run mock-server).
func mockServer(t *testing.T) string {
	t.Helper()
	server := strings.TrimRight(os.Getenv("MOCK_SERVER_URL"), "/")
	if server == "" {
		t.Skip("MOCK_SERVER_URL is not set: start npm run mock-server and export MOCK_SERVER_URL to run this test")
	}
	response, err := http.Post(server+"/__control/reset", "application/json", nil)
	if err != nil {
		t.Fatalf("POST %s/__control/reset: %v", server, err)
	}
	response.Body.Close()
	return server
}

func TestAgainstTheMockServer(t *testing.T) {
	ctx := context.Background()

	t.Run("the password grant gets a token and GET /me answers the demo user", func(t *testing.T) {
		server := mockServer(t)
		client := NewClient(CreateConfiguration(WithAuthServerURL(server+"/auth"), WithAPIBaseURL(server+"/api/v1"),
			WithResourceOwnerAuthCredentials(NewResourceOwnerAuthCredentials("OAuthClientId", "OAuthClientSecret", "OAuthUsername", "OAuthPassword"))))
		response, err := client.UserController().GetProfile(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if response.Response.StatusCode != 200 || response.Data.Kind != "user" || response.Data.Name == "" {
			t.Fatalf("%d %+v", response.Response.StatusCode, response.Data)
		}
	})

	t.Run("a client credentials token without write is refused POST /items with insufficient_scope", func(t *testing.T) {
		server := mockServer(t)
		client := NewClient(CreateConfiguration(WithAuthServerURL(server+"/auth"), WithAPIBaseURL(server+"/api/v1"),
			WithClientCredentialsAuthCredentials(NewClientCredentialsAuthCredentials("OAuthClientId", "OAuthClientSecret"))))
		_, err := client.ItemsController().CreateItem(ctx, models.CreateItemRequest{Name: "Pen"})
		var apiErr *ApiError
		if !errors.As(err, &apiErr) || apiErr.StatusCode != 403 || apiErr.ErrorCode != "insufficient_scope" {
			t.Fatalf("got %v", err)
		}
	})

	t.Run("a wrong client secret is refused with invalid_client", func(t *testing.T) {
		server := mockServer(t)
		client := NewClient(CreateConfiguration(WithAuthServerURL(server+"/auth"), WithAPIBaseURL(server+"/api/v1"),
			WithClientCredentialsAuthCredentials(NewClientCredentialsAuthCredentials("OAuthClientId", "revoked-secret"))))
		_, err := client.ClientCredentialsAuthManager().FetchToken(ctx)
		var providerErr *OAuthProviderError
		if !errors.As(err, &providerErr) || providerErr.ErrorCode != "invalid_client" || providerErr.ErrorDescription == "" {
			t.Fatalf("got %v", err)
		}
		if strings.Contains(err.Error(), "revoked-secret") {
			t.Fatal("the error message contains the client secret")
		}
	})
}
