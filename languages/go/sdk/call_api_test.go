package sdk

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"sdk/models"
)

func TestCallAPI(t *testing.T) {
	ctx := context.Background()
	credentials := NewClientCredentialsAuthCredentials("OAuthClientId", "OAuthClientSecret")

	t.Run("sends the token as a Bearer header and parses the body into Data", func(t *testing.T) {
		server := newFakeServer(t)
		var authorization string
		server.apiAnswer = func(r *http.Request) (int, http.Header, string) {
			authorization = r.Header.Get("Authorization")
			return 200, nil, `{"items":[{"id":"item_1","name":"Notebook","quantity":2,"createdAt":"2025-01-01T00:00:00Z"}]}`
		}
		client := NewClient(server.config(WithClientCredentialsAuthCredentials(credentials)))
		response, err := client.ItemsController().ListItems(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if authorization != "Bearer access-1-abcdefgh" || response.Response.StatusCode != 200 || response.Data.Items[0].Quantity != 2 {
			t.Fatalf("authorization %q, response %+v", authorization, response.Data)
		}
	})

	t.Run("renews the token and retries once when the API answers 401", func(t *testing.T) {
		server := newFakeServer(t)
		server.apiAnswer = func(r *http.Request) (int, http.Header, string) {
			if r.Header.Get("Authorization") == "Bearer access-1-abcdefgh" {
				return 401, http.Header{"Www-Authenticate": {`Bearer error="invalid_token"`}}, `{"error":"invalid_token"}`
			}
			return 200, nil, `{"id":"c","kind":"client","name":"Demo App","scopes":["read"]}`
		}
		client := NewClient(server.config(WithClientCredentialsAuthCredentials(credentials)))
		response, err := client.UserController().GetProfile(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if response.Data.Kind != "client" || len(server.requests()) != 2 || server.apiCalls.Load() != 2 {
			t.Fatalf("%d token requests, %d API calls", len(server.requests()), server.apiCalls.Load())
		}
	})

	t.Run("reports a 403 as ApiError with the Bearer challenge's error and scope", func(t *testing.T) {
		server := newFakeServer(t)
		server.apiAnswer = func(*http.Request) (int, http.Header, string) {
			return 403, http.Header{"Www-Authenticate": {`Bearer realm="api", error="insufficient_scope", error_description="Needs \"write\"", scope="write"`}}, `{"error":"insufficient_scope"}`
		}
		client := NewClient(server.config(WithClientCredentialsAuthCredentials(credentials)))
		_, err := client.ItemsController().CreateItem(ctx, models.CreateItemRequest{Name: "Pen"})
		var apiErr *ApiError
		if !errors.As(err, &apiErr) {
			t.Fatalf("got %v", err)
		}
		if apiErr.Code() != CodeApiError || apiErr.StatusCode != 403 || apiErr.ErrorCode != "insufficient_scope" ||
			apiErr.ErrorDescription != `Needs "write"` || apiErr.Scope != "write" {
			t.Fatalf("%+v", apiErr)
		}
	})
}
