/**
 * A successful API call: status, headers (lower-case names) and the parsed body.
 *
 * @example
 * ```ts
 * const { statusCode, result } = await client.userController.getProfile();
 * console.log(statusCode, result.name);
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export interface ApiResponse<T> {
  /** HTTP status code (2xx). */
  statusCode: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /** The response body, parsed. */
  result: T;
}
