<?php

declare(strict_types=1);

namespace Sdk\Models;

/**
 * The body of `GET /items`.
 *
 * @example
 * ```php
 * $count = count($client->getItemsController()->listItems()->getResult()->getItems());
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
final class ItemList
{
    /** @param list<Item> $items */
    public function __construct(private readonly array $items)
    {
    }

    /** @param array<string, mixed> $data */
    public static function fromArray(array $data): self
    {
        $items = [];
        foreach ((array) ($data['items'] ?? []) as $item) {
            if (is_array($item)) {
                $items[] = Item::fromArray($item);
            }
        }
        return new self($items);
    }

    /** @return list<Item> */
    public function getItems(): array
    {
        return $this->items;
    }
}
