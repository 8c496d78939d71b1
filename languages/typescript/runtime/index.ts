import { runnerContentSecurityPolicy } from '../../../sandbox/runner/core/runnerContentSecurityPolicy';
import type { RuntimeKind } from '../../../sandbox/runner/core/RuntimeKind';

/** TypeScript in the page: the transpiler, the SDK and the mock server in one small worker. */
export const runtime: RuntimeKind = {
  name: 'live-runner',
  start: () =>
    new Worker(
      /* webpackChunkName: "live-runner-worker" */ new URL('./worker.ts', import.meta.url),
      { name: 'live-runner' },
    ),
  policy: runnerContentSecurityPolicy,
};
