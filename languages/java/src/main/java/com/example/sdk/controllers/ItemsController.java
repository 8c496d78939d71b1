package com.example.sdk.controllers;

import com.example.sdk.http.ApiCall;
import com.example.sdk.http.ApiResponse;
import com.example.sdk.models.CreateItemRequest;
import com.example.sdk.models.Item;
import com.example.sdk.models.ItemList;

/**
 * {@code GET /items} (scope {@code read}) and {@code POST /items} (scope {@code write}). Available
 * as {@code client.getItemsController()}.
 *
 * <pre>{@code
 * ItemList list = client.getItemsController().listItems().getResult();
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
 */
public final class ItemsController {
    private final ApiCall api;

    /** Created by {@code SdkClient}; use {@code client.getItemsController()}. */
    public ItemsController(ApiCall api) {
        this.api = api;
    }

    /**
     * Lists the items ({@code GET /items}, scope {@code read}).
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
     */
    public ApiResponse<ItemList> listItems() {
        return api.send("GET", "/items", null, ItemList.class);
    }

    /**
     * Creates an item ({@code POST /items}, scope {@code write}); answers 201 with the new item. A
     * token without {@code write} fails with {@code ApiException} (403, {@code insufficient_scope}).
     *
     * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">RFC 6750 §3.1</a>
     */
    public ApiResponse<Item> createItem(CreateItemRequest body) {
        return api.send("POST", "/items", body, Item.class);
    }
}
