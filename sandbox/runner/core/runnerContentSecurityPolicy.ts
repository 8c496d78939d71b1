/**
 * The policy every runner worker inherits (see sandboxedWorker.ts): no network source at all,
 * `unsafe-eval` for the runner's own loader and the reader's code, workers only from `data:`.
 */
export const runnerContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'unsafe-eval'",
  'worker-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
