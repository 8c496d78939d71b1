/**
 * Stable codes of {@link SandboxError}.
 *
 * @example
 * ```ts
 * const code: SandboxErrorCode = 'CONSENT_HANDLER_MISSING';
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1
 */
export type SandboxErrorCode =
  | 'CONSENT_HANDLER_MISSING'
  | 'AUTHORIZATION_ERROR_PAGE'
  | 'UNEXPECTED_RESPONSE'
  | 'INVALID_ARGUMENT';

/**
 * What the sandbox environment throws: `code` says what went wrong; for an authorization server
 * error page, `status` and `error` carry the server's answer.
 *
 * @example
 * ```ts
 * try {
 *   await browser.authorize(authUrl);
 * } catch (error) {
 *   if (error instanceof SandboxError && error.code === 'AUTHORIZATION_ERROR_PAGE') {
 *     console.log(error.error, error.message);
 *   }
 * }
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1
 */
export class SandboxError extends Error {
  readonly code: SandboxErrorCode;
  /** HTTP status of the response that caused the error, if any. */
  readonly status: number | undefined;
  /** OAuth error code shown on an authorization server error page, if any. */
  readonly error: string | undefined;

  constructor(
    code: SandboxErrorCode,
    message: string,
    details: { status?: number; error?: string } = {},
  ) {
    super(message);
    this.name = 'SandboxError';
    this.code = code;
    this.status = details.status;
    this.error = details.error;
  }
}
