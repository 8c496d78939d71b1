package com.example.sdk.models;

/**
 * An item of the demo API.
 *
 * <pre>{@code
 * for (Item item : client.getItemsController().listItems().getResult().getItems()) {
 *     System.out.println(item.getName() + " x" + item.getQuantity());
 * }
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
 */
public final class Item {
    private String id;
    private String name;
    private int quantity;
    private String createdAt;

    /** Item identifier. */
    public String getId() {
        return id;
    }

    /** Item name. */
    public String getName() {
        return name;
    }

    /** How many. */
    public int getQuantity() {
        return quantity;
    }

    /** ISO 8601 creation time. */
    public String getCreatedAt() {
        return createdAt;
    }
}
