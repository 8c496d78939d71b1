import { demo } from '../../../sandbox/mock-server';
import type { UrlRewrite } from './RunRecorder';

/**
 * The loopback server's URLs → the demo hosts a reader's run in the page shows
 * (`https://auth.example.com`, `https://api.example.com/v1`), so a recording reads like a page run
 * and the flow view tells the authorization server from the API by host.
 */
export function demoUrls(server: {
  metadataUrl: string;
  authServerUrl: string;
  apiBaseUrl: string;
}): UrlRewrite {
  const pairs: [string, string][] = [
    [server.metadataUrl, `${demo.authServerUrl}/.well-known/oauth-authorization-server`],
    [server.authServerUrl, demo.authServerUrl],
    [server.apiBaseUrl, demo.apiBaseUrl],
  ];
  return (text) => pairs.reduce((result, [from, to]) => result.replaceAll(from, to), text);
}
