<?php

declare(strict_types=1);

namespace Sdk\Models;

/**
 * The body of `POST /items`: a non-empty name (at most 100 characters) and an optional
 * non-negative quantity (the server's default is 1).
 *
 * @example
 * ```php
 * $client->getItemsController()->createItem(new CreateItemRequest('Notebook', 2));
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
final class CreateItemRequest implements \JsonSerializable
{
    public function __construct(private readonly string $name, private readonly ?int $quantity = null)
    {
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function getQuantity(): ?int
    {
        return $this->quantity;
    }

    /** @return array<string, string|int> */
    public function jsonSerialize(): array
    {
        return $this->quantity === null ? ['name' => $this->name] : ['name' => $this->name, 'quantity' => $this->quantity];
    }
}
