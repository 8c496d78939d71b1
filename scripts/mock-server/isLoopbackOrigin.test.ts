import { describe, expect, it } from 'vitest';
import { isLoopbackOrigin } from './isLoopbackOrigin';

describe('isLoopbackOrigin', () => {
  it.each([
    'http://localhost:5173',
    'http://localhost',
    'https://localhost:8443',
    'http://app.localhost:3000',
    'http://127.0.0.1:5173',
    'http://127.1.2.3:8080',
    'http://[::1]:5173',
  ])('accepts the page origin %s, served from this machine', (origin) => {
    expect(isLoopbackOrigin(origin)).toBe(true);
  });

  it.each([
    ['a site on the internet', 'https://app.example.com'],
    ['a name that only starts like localhost', 'http://localhost.example.com'],
    ['a public name that embeds a loopback address', 'http://127.0.0.1.nip.io'],
    ['a LAN address', 'http://192.168.1.10:5173'],
    ['the unspecified address', 'http://0.0.0.0:5173'],
    ['the null origin of file:// pages and sandboxed frames', 'null'],
    ['a browser extension', 'chrome-extension://abcdefghijklmnop'],
    ['a URL with a path, which no browser sends as an Origin', 'http://localhost:5173/app'],
    ['an origin spelled with the default port', 'http://localhost:80'],
    ['an empty header', ''],
  ])('refuses %s (%s)', (_reason, origin) => {
    expect(isLoopbackOrigin(origin)).toBe(false);
  });
});
