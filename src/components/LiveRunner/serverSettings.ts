import { useSyncExternalStore } from 'react';
import type { ServerSettings } from '@site/sandbox/runner/core/protocol';

/**
 * Mock server settings the reader chose (failure scenarios, token lifetime). Shared by every
 * runner on the site and kept for the browser session; each run starts a fresh mock server with
 * them.
 */
const storageKey = 'live-runner:server-settings';
const listeners = new Set<() => void>();
let current: ServerSettings | undefined;

function load(): ServerSettings {
  if (current) return current;
  current = { scenarios: {} };
  try {
    const stored = window.sessionStorage.getItem(storageKey);
    if (stored) {
      const parsed = JSON.parse(stored) as Partial<ServerSettings>;
      current = {
        scenarios: typeof parsed.scenarios === 'object' && parsed.scenarios ? parsed.scenarios : {},
        ...(typeof parsed.tokenLifetimeSeconds === 'number' && {
          tokenLifetimeSeconds: parsed.tokenLifetimeSeconds,
        }),
      };
    }
  } catch {
    // Unreadable or blocked storage: defaults.
  }
  return current;
}

export function getServerSettings(): ServerSettings {
  return load();
}

export function updateServerSettings(change: (settings: ServerSettings) => ServerSettings): void {
  current = change(load());
  try {
    window.sessionStorage.setItem(storageKey, JSON.stringify(current));
  } catch {
    // Kept for this page view only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const serverDefault: ServerSettings = { scenarios: {} };

export function useServerSettings(): ServerSettings {
  return useSyncExternalStore(subscribe, load, () => serverDefault);
}
