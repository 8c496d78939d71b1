/**
 * The module `sandbox`: what the sandbox provides in place of a real environment. Snippets use
 * `browser` (the user's browser during the authorization code grant) and `clock` (virtual
 * time); hosts (the runner, tests) also use `setConsentHandler`.
 */
export { browser } from './browser';
export { clock } from './clock';
export { setConsentHandler } from './consent';
export type { ConsentDecision, ConsentHandler, ConsentRequest } from './ConsentHandler';
export { SandboxError } from './SandboxError';
export type { SandboxErrorCode } from './SandboxError';
