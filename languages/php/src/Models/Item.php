<?php

declare(strict_types=1);

namespace Sdk\Models;

/**
 * An item of the demo API.
 *
 * @example
 * ```php
 * foreach ($client->getItemsController()->listItems()->getResult()->getItems() as $item) {
 *     printf("%s × %d\n", $item->getName(), $item->getQuantity());
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
final class Item
{
    public function __construct(
        private readonly string $id,
        private readonly string $name,
        private readonly int $quantity,
        private readonly string $createdAt,
    ) {
    }

    /** @param array<string, mixed> $data */
    public static function fromArray(array $data): self
    {
        return new self(
            (string) ($data['id'] ?? ''),
            (string) ($data['name'] ?? ''),
            (int) ($data['quantity'] ?? 0),
            (string) ($data['createdAt'] ?? ''),
        );
    }

    public function getId(): string
    {
        return $this->id;
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function getQuantity(): int
    {
        return $this->quantity;
    }

    /** ISO 8601 timestamp. */
    public function getCreatedAt(): string
    {
        return $this->createdAt;
    }
}
