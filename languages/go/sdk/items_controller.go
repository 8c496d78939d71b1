package sdk

import (
	"context"
	"net/http"

	"sdk/models"
)

// ItemsController calls GET /items (scope read) and POST /items (scope write). Get it with
// client.ItemsController().
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
type ItemsController struct{ api *apiContext }

// ListItems lists the items (GET /items, scope read).
//
// Example:
//
//	response, err := client.ItemsController().ListItems(ctx)
//	fmt.Printf("%d items\n", len(response.Data.Items))
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
func (c *ItemsController) ListItems(ctx context.Context) (ApiResponse[models.ItemList], error) {
	return callAPI[models.ItemList](ctx, c.api, http.MethodGet, "/items", nil)
}

// CreateItem creates an item (POST /items, scope write) and answers 201 with it. A token without
// write fails with *ApiError (403, ErrorCode "insufficient_scope").
//
// Example:
//
//	response, err := client.ItemsController().CreateItem(ctx, models.CreateItemRequest{Name: "Pen"})
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-3.1
func (c *ItemsController) CreateItem(ctx context.Context, body models.CreateItemRequest) (ApiResponse[models.Item], error) {
	return callAPI[models.Item](ctx, c.api, http.MethodPost, "/items", body)
}
