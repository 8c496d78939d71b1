import type { FetchLike } from '../configuration';

/** What managers and controllers need from the client: where to send requests, and how. */
export interface HttpContext {
  readonly authServerUrl: string;
  readonly apiBaseUrl: string;
  /** Resolved per call so a fetch replaced after import (MSW, the sandbox runner) is used. */
  readonly fetch: FetchLike;
}

/** Joins a base URL and a path without doubling or dropping the slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
