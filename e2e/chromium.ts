import fs from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags Debian's Chromium needs here: no sandbox as root, and no calls home on a closed network. */
export const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export type ChromiumChoice =
  | { kind: 'playwright'; executablePath?: undefined; args: string[] }
  | { kind: 'system'; executablePath: string; args: string[] }
  | { kind: 'none'; message: string };

/**
 * Playwright's own Chromium where it is installed, else the system's (Debian's `chromium`
 * package), else a one-line explanation of how to get one.
 */
export function findChromium(): ChromiumChoice {
  if (fs.existsSync(chromium.executablePath())) return { kind: 'playwright', args: [] };
  const system = systemChromiumPaths.find((candidate) => fs.existsSync(candidate));
  if (system !== undefined)
    return { kind: 'system', executablePath: system, args: systemChromiumArgs };
  return {
    kind: 'none',
    message:
      'No Chromium found for the end-to-end tests: run `npx playwright install chromium`, or on Debian/Ubuntu `sudo apt-get install chromium`.',
  };
}
