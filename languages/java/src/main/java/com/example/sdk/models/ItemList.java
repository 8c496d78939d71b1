package com.example.sdk.models;

import java.util.List;

/**
 * The body of {@code GET /items}.
 *
 * <pre>{@code
 * ItemList list = client.getItemsController().listItems().getResult();
 * System.out.println(list.getItems().size() + " items");
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</a>
 */
public final class ItemList {
    private List<Item> items;

    /** The items. */
    public List<Item> getItems() {
        return items == null ? List.of() : items;
    }
}
