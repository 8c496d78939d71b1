<?php

declare(strict_types=1);

namespace Sdk\Controllers;

use Sdk\Core\ApiCaller;
use Sdk\Http\ApiResponse;
use Sdk\Models\CreateItemRequest;
use Sdk\Models\Item;
use Sdk\Models\ItemList;

/**
 * `GET /items` (scope `read`) and `POST /items` (scope `write`). Available as
 * `$client->getItemsController()`.
 *
 * @example
 * ```php
 * $items = $client->getItemsController()->listItems()->getResult()->getItems();
 * printf("%d items\n", count($items));
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
final class ItemsController
{
    /** @internal Created by SdkClient. */
    public function __construct(private readonly ApiCaller $api)
    {
    }

    /**
     * Lists the items (`GET /items`, scope `read`).
     *
     * @return ApiResponse<ItemList>
     * @throws \Sdk\Exceptions\ApiException when the API answers an error status
     * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
     */
    public function listItems(): ApiResponse
    {
        [$response, $json] = $this->api->call('GET', '/items');
        return new ApiResponse($response->statusCode, $response->headers, ItemList::fromArray((array) $json));
    }

    /**
     * Creates an item (`POST /items`, scope `write`); answers 201 with the new item. A token
     * without `write` fails with ApiException (403, `getError()` = `insufficient_scope`).
     *
     * @return ApiResponse<Item>
     * @throws \Sdk\Exceptions\ApiException when the API answers an error status
     * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
     */
    public function createItem(CreateItemRequest $body): ApiResponse
    {
        [$response, $json] = $this->api->call('POST', '/items', $body);
        return new ApiResponse($response->statusCode, $response->headers, Item::fromArray((array) $json));
    }
}
