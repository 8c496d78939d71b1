import type { ApiResponse } from '../ApiResponse';
import type { ApiContext } from '../core/callApi';
import { callApi } from '../core/callApi';
import type { UserProfile } from '../models';

/**
 * `GET /me`: who the access token acts for. Needs scope `read`. Available as
 * `client.userController`.
 *
 * @example
 * ```ts
 * const { result } = await client.userController.getProfile();
 * console.log(`Hello, ${result.name}`);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export class UserController {
  readonly #context: ApiContext;

  /** @internal Created by `Client`; use `client.userController`. */
  constructor(context: ApiContext) {
    this.#context = context;
  }

  /**
   * Gets the profile of the token's subject (`GET /me`, scope `read`).
   *
   * @example
   * ```ts
   * const { result: profile } = await client.userController.getProfile();
   * ```
   * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
   */
  getProfile(): Promise<ApiResponse<UserProfile>> {
    return callApi<UserProfile>(this.#context, 'GET', '/me');
  }
}
