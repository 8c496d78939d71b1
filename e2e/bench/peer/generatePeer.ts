import fs from 'node:fs';
import path from 'node:path';
import { languages } from '../../../languages';
import {
  loadRegistry,
  type SnippetEntry,
} from '../../../src/plugins/snippet-registry/loadRegistry';
import { findSnippetElements } from '../../../src/plugins/snippet-registry/snippetElements';
import projectConfig from '../../../docusaurus.config';

/**
 * The peer: the project's seven docs pages as a plain Docusaurus 3.10.2 classic site, the
 * baseline of issue 13's ratios. Each `<Snippet id="…"/>` becomes stock `@theme/Tabs` (the site's
 * `groupId` and `queryString`) with one `TabItem` per language holding a Prism fenced code block
 * of that language's registry file (its file name as title, its highlighted lines as `{…}`), the
 * snippet's title as the figure's name and its description as the caption, as the site shows
 * them. Same prose, sidebar (the project's `sidebars.ts` itself), navbar, footer, `future` flags
 * and broken-link policy; no custom CSS, theme, swizzle or plugin of the project's (search, live
 * code block, registry, Python runtime, type declarations); a Markdown home page.
 *
 * Generated into `.bench-peer/` (git-ignored) inside the project, so the build resolves the
 * project's node_modules; its generated files go under the project's `.docusaurus/` (see
 * {@link peerGeneratedFilesDir}), which eslint and prettier already skip.
 */
export const peerDirName = '.bench-peer';

/** Relative to the peer's site dir (what `DOCUSAURUS_GENERATED_FILES_DIR_NAME` is resolved against). */
export const peerGeneratedFilesDir = '../.docusaurus/bench-peer';

/** Languages Prism's default bundle (prism-react-renderer 2) lacks: the config must add them. */
const prismDefaultLanguages = new Set(['go', 'python', 'typescript']);

function fenceFor(source: string): string {
  const longest = Math.max(2, ...[...source.matchAll(/`+/g)].map((match) => match[0].length));
  return '`'.repeat(longest + 1);
}

/** The stock equivalent of `<Snippet id={entry.id} />`. */
export function snippetAsTabs(entry: SnippetEntry): string {
  const tabs = languages.map((language) => {
    const { source } = entry.files[language.key];
    const fence = fenceFor(source);
    const lines = entry.meta.highlight?.[language.key];
    const meta = [
      language.grammar,
      `title="${entry.id}/${language.file}"`,
      ...(lines ? [`{${lines}}`] : []),
    ].join(' ');
    return [
      `<TabItem value="${language.key}" label="${language.label}">`,
      '',
      `${fence}${meta}`,
      source.replace(/\n$/, ''),
      fence,
      '',
      '</TabItem>',
    ].join('\n');
  });
  return [
    `<figure aria-label={${JSON.stringify(entry.meta.title)}}>`,
    '<Tabs groupId="sdk" queryString="sdk">',
    ...tabs,
    '</Tabs>',
    `<figcaption>{${JSON.stringify(entry.meta.description)}}</figcaption>`,
    '</figure>',
  ].join('\n');
}

/** A docs page with every snippet element replaced (found as the registry's checks find them). */
async function peerPage(
  source: string,
  file: string,
  byId: Map<string, SnippetEntry>,
): Promise<string> {
  const { createProcessor } = await import('@mdx-js/mdx');
  const tree = createProcessor().parse({ value: source, path: file });
  const elements = findSnippetElements(tree);
  let out = source;
  // From the end, so earlier offsets stay valid.
  for (const { node, id } of [...elements].reverse()) {
    const entry = id === undefined ? undefined : byId.get(id);
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!entry || start === undefined || end === undefined) {
      throw new Error(
        `${file}: <Snippet id="${id ?? '?'}"> has no registry entry or position: the peer cannot replace it`,
      );
    }
    out = out.slice(0, start) + snippetAsTabs(entry) + out.slice(end);
  }
  if (elements.length === 0) return out;
  // Imports go after the front matter.
  const imports = "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n";
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(out);
  return frontMatter
    ? `${frontMatter[0]}\n${imports}${out.slice(frontMatter[0].length)}`
    : `${imports}\n${out}`;
}

function peerConfig(siteDir: string): string {
  const { themeConfig } = projectConfig;
  const additionalLanguages = languages
    .map((language) => language.grammar)
    .filter((grammar) => !prismDefaultLanguages.has(grammar));
  const config = {
    title: projectConfig.title,
    tagline: projectConfig.tagline,
    favicon: projectConfig.favicon,
    url: projectConfig.url,
    baseUrl: projectConfig.baseUrl,
    trailingSlash: projectConfig.trailingSlash,
    future: projectConfig.future,
    onBrokenLinks: projectConfig.onBrokenLinks,
    onBrokenAnchors: projectConfig.onBrokenAnchors,
    onDuplicateRoutes: projectConfig.onDuplicateRoutes,
    markdown: projectConfig.markdown,
    i18n: projectConfig.i18n,
    presets: [
      [
        'classic',
        {
          docs: { sidebarPath: path.join(siteDir, 'sidebars.ts'), routeBasePath: 'docs' },
          blog: false,
        },
      ],
    ],
    themeConfig: {
      colorMode: themeConfig.colorMode,
      navbar: themeConfig.navbar,
      footer: themeConfig.footer,
      prism: { additionalLanguages },
    },
  };
  // Prism's themes are objects from prism-react-renderer: imported, not serialised.
  return [
    '// Generated by e2e/bench/peer/generatePeer.ts: the plain Docusaurus peer of the site. Do not edit.',
    "import { themes } from 'prism-react-renderer';",
    '',
    `const config = ${JSON.stringify(config, null, 2)};`,
    'config.themeConfig.prism.theme = themes.github;',
    'config.themeConfig.prism.darkTheme = themes.dracula;',
    '',
    'export default config;',
    '',
  ].join('\n');
}

/**
 * Writes the peer site into `<siteDir>/.bench-peer/` (replacing what was there) and returns its
 * path. Throws when a page names a snippet the registry lacks, as the site's build would.
 */
export async function generatePeer(siteDir: string): Promise<string> {
  const peerDir = path.join(siteDir, peerDirName);
  fs.rmSync(peerDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(peerDir, 'docs'), { recursive: true });
  const byId = new Map(loadRegistry(siteDir).map((entry) => [entry.id, entry]));
  const docsDir = path.join(siteDir, 'docs');
  for (const name of fs.readdirSync(docsDir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(docsDir, name);
    if (!fs.statSync(file).isFile()) continue;
    const target = path.join(peerDir, 'docs', name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (/\.mdx?$/.test(name)) {
      fs.writeFileSync(target, await peerPage(fs.readFileSync(file, 'utf8'), file, byId));
    } else {
      fs.copyFileSync(file, target);
    }
  }
  // The navbar logo and the breadcrumbs link to "/": a plain Markdown home page (not measured).
  fs.mkdirSync(path.join(peerDir, 'src', 'pages'), { recursive: true });
  fs.writeFileSync(
    path.join(peerDir, 'src', 'pages', 'index.md'),
    `# ${projectConfig.title}\n\n${projectConfig.tagline}\n\n[Read the guide](/docs)\n`,
  );
  fs.cpSync(path.join(siteDir, 'static', 'img'), path.join(peerDir, 'static', 'img'), {
    recursive: true,
  });
  fs.writeFileSync(path.join(peerDir, 'docusaurus.config.mjs'), peerConfig(siteDir));
  fs.writeFileSync(
    path.join(peerDir, 'package.json'),
    `${JSON.stringify({ name: 'oauth-sdk-docs-bench-peer', private: true }, null, 2)}\n`,
  );
  return peerDir;
}
