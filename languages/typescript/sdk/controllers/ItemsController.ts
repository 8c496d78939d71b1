import type { ApiResponse } from '../ApiResponse';
import type { ApiContext } from '../core/callApi';
import { callApi } from '../core/callApi';
import type { CreateItemRequest, Item, ItemList } from '../models';

/**
 * `GET /items` (scope `read`) and `POST /items` (scope `write`). Available as
 * `client.itemsController`.
 *
 * @example
 * ```ts
 * const { result } = await client.itemsController.listItems();
 * console.log(`${result.items.length} items`);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export class ItemsController {
  readonly #context: ApiContext;

  /** @internal Created by `Client`; use `client.itemsController`. */
  constructor(context: ApiContext) {
    this.#context = context;
  }

  /**
   * Lists the items (`GET /items`, scope `read`).
   *
   * @example
   * ```ts
   * const { result } = await client.itemsController.listItems();
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
   */
  listItems(): Promise<ApiResponse<ItemList>> {
    return callApi<ItemList>(this.#context, 'GET', '/items');
  }

  /**
   * Creates an item (`POST /items`, scope `write`); answers 201 with the new item. A token
   * without `write` fails with `ApiError` (403, `error === 'insufficient_scope'`).
   *
   * @example
   * ```ts
   * const { statusCode, result } = await client.itemsController.createItem({ name: 'Pen' });
   * console.log(statusCode, result.id);
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
   */
  createItem(body: CreateItemRequest): Promise<ApiResponse<Item>> {
    return callApi<Item>(this.#context, 'POST', '/items', body);
  }
}
