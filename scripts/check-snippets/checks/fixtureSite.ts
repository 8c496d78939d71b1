import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { languages } from '../../../languages';
import { grants } from '../../../src/plugins/snippet-registry/loadRegistry';
import { metaTemplate, snippetTemplates, todo, type Grant } from './snippetTemplates';

/**
 * A throwaway site (temp dir) holding a small snippet registry, for tests that must not depend on
 * the real `snippets/` content. Start from valid snippets, then break exactly one thing.
 */
export interface FixtureSite {
  dir: string;
  /** Writes a file, `relativePath` from the site root. */
  write(relativePath: string, content: string): void;
  read(relativePath: string): string;
  remove(relativePath: string): void;
  cleanup(): void;
}

/** The scaffold templates with their TODOs filled in: a complete, valid snippet. */
export function validSnippetFiles(id: string): Record<string, string> {
  const [grant, operation] = id.split('/') as [string, string];
  // A fixture under a misspelt grant folder still needs content: use the first grant's.
  const templateGrant = (grants.includes(grant) ? grant : 'client-credentials') as Grant;
  const sources = snippetTemplates(templateGrant, operation);
  const files: Record<string, string> = {};
  for (const language of languages) {
    files[language.file] = sources[language.key].replaceAll(
      `${todo}: replace this with the operation the snippet shows.`,
      'Do the one thing this snippet shows.',
    );
  }
  const meta = JSON.parse(metaTemplate(templateGrant)) as Record<string, unknown>;
  meta.title = `Snippet ${id}`;
  meta.description = `The snippet ${id}, for tests.`;
  files['meta.json'] = `${JSON.stringify(meta, null, 2)}\n`;
  return files;
}

/**
 * The SDK names the templates use, per language: the fixture sites' reference SDKs
 * (`languages/<language>/`, see {@link fixtureSdkSources}) call each of them once. Written out by
 * hand (not derived from the templates), so a template using a name no SDK has fails the surface
 * tests.
 */
export const fixtureSurface = {
  csharp: {
    names: [
      'AccessToken',
      'SdkClient',
      'Builder',
      'Build',
      'OAuthToken',
      'OAuthCCGCredentials',
      'OAuthCCGModel',
      'OAuthCCG',
      'OAuthROPCGCredentials',
      'OAuthROPCGModel',
      'OAuthROPCG',
      'OAuthACGCredentials',
      'OAuthACGModel',
      'OAuthACG',
      'OAuthScopes',
      'OAuthScopeOAuthACGEnum',
      'FetchToken',
    ],
    extensions: [
      { name: 'BuildAuthorizationUrl', reason: 'Not shown for this grant in the source.' },
    ],
  },
  java: {
    names: [
      'SdkClient',
      'Builder',
      'build',
      'OAuthToken',
      'getAccessToken',
      'clientCredentialsAuth',
      'ClientCredentialsAuthModel',
      'getClientCredentialsAuth',
      'resourceOwnerAuth',
      'ResourceOwnerAuthModel',
      'getResourceOwnerAuth',
      'authorizationCodeAuth',
      'AuthorizationCodeAuthModel',
      'getAuthorizationCodeAuth',
      'oAuthScopes',
      'OAuthScopeEnum',
      'fetchToken',
      'buildAuthorizationUrl',
    ],
    extensions: [],
  },
  python: {
    names: [
      'SdkClient',
      'ClientCredentialsAuthCredentials',
      'ResourceOwnerAuthCredentials',
      'AuthorizationCodeAuthCredentials',
      'OAuthScopeEnum',
      'http_ccg',
      'http_ropcg',
      'http_acg',
      'fetch_token',
      'get_authorization_url',
    ],
    extensions: [],
  },
  ruby: {
    names: [
      'Sdk',
      'Client',
      'ClientCredentialsAuthCredentials',
      'ResourceOwnerAuthCredentials',
      'AuthorizationCodeAuthCredentials',
      'OAuthScopeEnum',
      'http_ccg',
      'http_ropcg',
      'http_acg',
      'fetch_token',
      'access_token',
      'get_authorization_url',
    ],
    extensions: [],
  },
  php: {
    names: [
      'SdkClientBuilder::init',
      'build',
      'getAccessToken',
      'clientCredentialsAuthCredentials',
      'ClientCredentialsAuthCredentialsBuilder',
      'getClientCredentialsAuth',
      'resourceOwnerAuthCredentials',
      'ResourceOwnerAuthCredentialsBuilder',
      'getResourceOwnerAuth',
      'authorizationCodeAuthCredentials',
      'AuthorizationCodeAuthCredentialsBuilder',
      'getAuthorizationCodeAuth',
      'oAuthScopes',
      'OAuthScopeEnum',
      'fetchToken',
      'buildAuthorizationUrl',
    ],
    extensions: [],
  },
  go: {
    names: [
      'NewClient',
      'CreateConfiguration',
      'WithClientCredentialsAuthCredentials',
      'NewClientCredentialsAuthCredentials',
      'ClientCredentialsAuthManager',
      'WithResourceOwnerAuthCredentials',
      'NewResourceOwnerAuthCredentials',
      'ResourceOwnerAuthManager',
      'WithAuthorizationCodeAuthCredentials',
      'NewAuthorizationCodeAuthCredentials',
      'AuthorizationCodeAuthManager',
      'WithOAuthScopes',
      'OAuthScopeEnum',
      'OAuthScopeEnum_READSCOPE',
      'OAuthScopeEnum_WRITESCOPE',
      'FetchToken',
      'BuildAuthorizationURL',
    ],
    extensions: [],
  },
};

/**
 * Creates a site with the given snippets (valid, from the templates), a docs page using every one of
 * them, and an SDK surface listing every name the templates use.
 */
export function createFixtureSite(ids: string[] = []): FixtureSite {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-registry-'));
  const site: FixtureSite = {
    dir,
    write(relativePath, content) {
      const file = path.join(dir, relativePath);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    },
    read(relativePath) {
      return fs.readFileSync(path.join(dir, relativePath), 'utf8');
    },
    remove(relativePath) {
      fs.rmSync(path.join(dir, relativePath), { recursive: true, force: true });
    },
    cleanup() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  for (const [file, source] of Object.entries(fixtureSdkSources())) site.write(file, source);
  for (const id of ids) {
    for (const [name, content] of Object.entries(validSnippetFiles(id))) {
      site.write(`snippets/${id}/${name}`, content);
    }
  }
  site.write(
    'docs/guide.mdx',
    `# Guide\n\n${ids.map((id) => `<Snippet id="${id}" />`).join('\n\n')}\n`,
  );
  return site;
}

/** Replaces `search` (which must occur) in a fixture file: one deliberate defect per test. */
export function editFixture(
  site: FixtureSite,
  relativePath: string,
  search: string | RegExp,
  replacement: string,
) {
  const before = site.read(relativePath);
  const after = before.replace(search, replacement);
  if (after === before) throw new Error(`${relativePath} does not contain ${String(search)}`);
  site.write(relativePath, after);
}

/** The fixture surface's names, split at qualifiers (`SdkClient.Builder` → both parts). */
function surfaceNames(entry: { names: string[]; extensions: { name: string }[] }): string[] {
  return [...entry.names, ...entry.extensions.map((extension) => extension.name)].flatMap((name) =>
    name.split(/::|->|[.()\s]+/).filter((part) => /^[A-Za-z_$][\w$]*[?!]?$/.test(part)),
  );
}

/** A one-file SDK per language whose code calls every fixture name: what the surface is read from. */
export function fixtureSdkSources(): Record<string, string> {
  const calls = (language: keyof typeof fixtureSurface, format: (name: string) => string) =>
    surfaceNames(fixtureSurface[language]).map(format).join('\n');
  return {
    'languages/csharp/Sdk.cs': `class Sdk {\n  void Names() {\n${calls('csharp', (name) => `    ${name}();`)}\n  }\n}\n`,
    'languages/java/Sdk.java': `class Sdk {\n  void names() {\n${calls('java', (name) => `    ${name}();`)}\n  }\n}\n`,
    'languages/python/sdk.py': `${calls('python', (name) => `${name}()`)}\n`,
    'languages/ruby/sdk.rb': `${calls('ruby', (name) => `${name}()`)}\n`,
    'languages/php/Sdk.php': `<?php\n${calls('php', (name) => `${name}();`)}\n`,
    'languages/go/sdk.go': `package sdk\n\nfunc names() {\n${calls('go', (name) => `\t${name}()`)}\n}\n`,
  };
}
