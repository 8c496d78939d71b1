import type { ConsentHandler } from './ConsentHandler';
import { environmentState } from './globalState';

/**
 * Host hook (runner and tests, not snippets): sets who answers consent screens during
 * `browser.authorize`. Pass `undefined` to remove it.
 *
 * @example
 * ```ts
 * import { setConsentHandler } from 'sandbox';
 * setConsentHandler(() => 'approve');
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1
 */
export function setConsentHandler(handler: ConsentHandler | undefined): void {
  environmentState().consentHandler = handler;
}
