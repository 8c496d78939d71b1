import type { DemoUser, RegisteredClient } from './fixtures';
import type { ServerState } from './state';

/** What every endpoint of one mock server instance shares. */
export interface ServerContext {
  state: ServerState;
  clients: ReadonlyMap<string, RegisteredClient>;
  user: DemoUser;
  authServerUrl: string;
  apiBaseUrl: string;
  slowServerDelayMs: number;
  codeLifetimeSeconds: number;
}
