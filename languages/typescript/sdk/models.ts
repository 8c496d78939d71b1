/**
 * Who a token acts for, as `GET /me` returns it: the demo user for tokens from the password and
 * authorization code grants, the client itself for client credentials tokens.
 *
 * @example
 * ```ts
 * const { result: profile } = await client.userController.getProfile();
 * console.log(`Signed in as ${profile.name}`);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-1.1
 */
export interface UserProfile {
  id: string;
  /** `user` for a resource owner, `client` for a client acting on its own behalf. */
  kind: 'user' | 'client';
  name: string;
  username?: string;
  email?: string;
  /** Scopes of the token that made the request. */
  scopes: string[];
}

/**
 * An item of the demo API.
 *
 * @example
 * ```ts
 * const { result } = await client.itemsController.listItems();
 * result.items.forEach((item: Item) => console.log(item.name, item.quantity));
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export interface Item {
  id: string;
  name: string;
  quantity: number;
  /** ISO 8601 timestamp. */
  createdAt: string;
}

/**
 * The body of `POST /items`: a non-empty name (at most 100 characters) and an optional
 * non-negative integer quantity (default 1).
 *
 * @example
 * ```ts
 * const request: CreateItemRequest = { name: 'Notebook', quantity: 2 };
 * await client.itemsController.createItem(request);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export interface CreateItemRequest {
  name: string;
  quantity?: number;
}

/**
 * The body of `GET /items`.
 *
 * @example
 * ```ts
 * const { result }: { result: ItemList } = await client.itemsController.listItems();
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export interface ItemList {
  items: Item[];
}
