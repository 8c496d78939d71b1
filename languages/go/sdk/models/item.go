package models

// Item is an item of the demo API.
//
// Example:
//
//	for _, item := range response.Data.Items {
//		fmt.Println(item.Name, item.Quantity)
//	}
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
type Item struct {
	Id       string `json:"id"`
	Name     string `json:"name"`
	Quantity int    `json:"quantity"`
	// CreatedAt is an ISO 8601 timestamp.
	CreatedAt string `json:"createdAt"`
}

// ItemList is the body of GET /items.
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
type ItemList struct {
	Items []Item `json:"items"`
}

// CreateItemRequest is the body of POST /items: a non-empty name (at most 100 characters) and an
// optional non-negative quantity (the server's default is 1).
//
// Example:
//
//	quantity := 2
//	client.ItemsController().CreateItem(ctx, models.CreateItemRequest{Name: "Notebook", Quantity: &quantity})
//
// See https://www.rfc-editor.org/rfc/rfc6750#section-2.1
type CreateItemRequest struct {
	Name     string `json:"name"`
	Quantity *int   `json:"quantity,omitempty"`
}
