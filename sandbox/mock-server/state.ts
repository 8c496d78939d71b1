import { randomToken } from './random';
import type { ScenarioInfo, ScenarioName } from './scenarios';
import { SCENARIOS } from './scenarios';

/** An issued access token. `subject` is the user id, or undefined for a client acting for itself. */
export interface AccessTokenRecord {
  clientId: string;
  subject: string | undefined;
  scope: string[];
  expiresAt: number;
  revoked: boolean;
  /** Tokens from one authorization (code, password grant) and its refreshes share a grant id. */
  grantId: string;
}

export interface RefreshTokenRecord {
  clientId: string;
  subject: string | undefined;
  /** The scope originally granted; a refresh may narrow the access token's scope, never this. */
  scope: string[];
  grantId: string;
  /** `rotated` = already exchanged once: presenting it again is a replay. */
  status: 'active' | 'rotated' | 'revoked';
}

export interface AuthorizationCodeRecord {
  clientId: string;
  subject: string;
  redirectUri: string;
  /** Whether the authorization request carried redirect_uri (then the token request must too). */
  redirectUriSent: boolean;
  scope: string[];
  codeChallenge: string | undefined;
  codeChallengeMethod: 'S256' | 'plain' | undefined;
  expiresAt: number;
  used: boolean;
  grantId: string;
}

export interface Item {
  id: string;
  name: string;
  quantity: number;
  createdAt: string;
}

/** The RFC 6749 §5.1 success body. */
export interface TokenResponseBody {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  refresh_token?: string;
}

const SEED_ITEMS: readonly Item[] = [
  { id: 'item_1', name: 'Notebook', quantity: 3, createdAt: '2025-01-06T09:00:00.000Z' },
  { id: 'item_2', name: 'Fountain pen', quantity: 1, createdAt: '2025-01-07T14:30:00.000Z' },
];

/**
 * Everything one mock server instance remembers. Time is `Date.now()` (which the in-page sandbox
 * clock moves) plus this instance's own offset (which the HTTP server's clock control moves, so
 * several servers in one process keep separate clocks).
 */
export class ServerState {
  readonly accessTokens = new Map<string, AccessTokenRecord>();
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  readonly codes = new Map<string, AuthorizationCodeRecord>();
  items: Item[] = [];
  nextItemNumber = 0;
  tokenLifetimeSeconds: number;
  readonly scenarios = new Set<ScenarioName>();
  readonly #listeners = new Set<() => void>();
  readonly #initialLifetime: number;
  #snapshot: readonly ScenarioInfo[] | undefined;
  /** How far this instance's clock runs ahead of `Date.now()`, in ms. */
  clockOffsetMs = 0;

  constructor(tokenLifetimeSeconds: number) {
    this.#initialLifetime = tokenLifetimeSeconds;
    this.tokenLifetimeSeconds = tokenLifetimeSeconds;
    this.reset();
  }

  /** This instance's "now", in ms since the epoch. */
  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  reset(keepScenarios = false): void {
    this.clockOffsetMs = 0;
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.codes.clear();
    this.items = SEED_ITEMS.map((item) => ({ ...item }));
    this.nextItemNumber = SEED_ITEMS.length + 1;
    this.tokenLifetimeSeconds = this.#initialLifetime;
    if (!keepScenarios && this.scenarios.size > 0) {
      this.scenarios.clear();
      this.#notify();
    }
  }

  setScenario(name: ScenarioName, enabled: boolean): void {
    if (this.scenarios.has(name) === enabled) return;
    if (enabled) this.scenarios.add(name);
    else this.scenarios.delete(name);
    this.#notify();
  }

  /**
   * The scenarios with their switches. The same array is returned until a switch changes, so a
   * UI can use it as an external store snapshot (React's useSyncExternalStore).
   */
  scenarioList(): readonly ScenarioInfo[] {
    this.#snapshot ??= SCENARIOS.map((scenario) => ({
      ...scenario,
      enabled: this.scenarios.has(scenario.name),
    }));
    return this.#snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(): void {
    this.#snapshot = undefined;
    for (const listener of this.#listeners) listener();
  }

  /** Issues an access token (and optionally a refresh token) and returns the §5.1 body. */
  issueTokens(grant: {
    clientId: string;
    subject: string | undefined;
    scope: string[];
    grantId: string;
    /** Scope of the refresh token (the original grant's); omit for no refresh token. */
    refreshScope?: string[];
  }): TokenResponseBody {
    const accessToken = randomToken();
    this.accessTokens.set(accessToken, {
      clientId: grant.clientId,
      subject: grant.subject,
      scope: grant.scope,
      expiresAt: this.now() + this.tokenLifetimeSeconds * 1000,
      revoked: false,
      grantId: grant.grantId,
    });
    const body: TokenResponseBody = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: this.tokenLifetimeSeconds,
      scope: grant.scope.join(' '),
    };
    if (grant.refreshScope) {
      const refreshToken = randomToken();
      this.refreshTokens.set(refreshToken, {
        clientId: grant.clientId,
        subject: grant.subject,
        scope: grant.refreshScope,
        grantId: grant.grantId,
        status: 'active',
      });
      body.refresh_token = refreshToken;
    }
    return body;
  }

  /** Revokes every access and refresh token of a grant (code replay, refresh token replay). */
  revokeGrant(grantId: string): void {
    for (const record of this.accessTokens.values()) {
      if (record.grantId === grantId) record.revoked = true;
    }
    for (const record of this.refreshTokens.values()) {
      if (record.grantId === grantId) record.status = 'revoked';
    }
  }

  /** Makes every access token issued so far expire now. */
  expireTokens(): void {
    const now = this.now();
    for (const record of this.accessTokens.values()) {
      record.expiresAt = Math.min(record.expiresAt, now);
    }
  }
}
