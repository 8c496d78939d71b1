package com.example.sdk.models;

/**
 * The body of {@code POST /items}: a non-empty name (at most 100 characters) and a non-negative
 * quantity.
 *
 * <pre>{@code
 * client.getItemsController().createItem(new CreateItemRequest("Notebook", 2));
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
 */
public final class CreateItemRequest {
    private final String name;
    private final Integer quantity;

    /**
     * @param name the item's name
     * @param quantity how many, or {@code null} for the server's default (1)
     */
    public CreateItemRequest(String name, Integer quantity) {
        this.name = name;
        this.quantity = quantity;
    }

    /** The item's name. */
    public String getName() {
        return name;
    }

    /** How many, or {@code null}. */
    public Integer getQuantity() {
        return quantity;
    }
}
