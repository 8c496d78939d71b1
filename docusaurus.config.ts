import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { PluginOptions as SearchOptions } from '@easyops-cn/docusaurus-search-local';
import fs from 'node:fs';
import { themes as prismThemes } from 'prism-react-renderer';
import { languages } from './languages';
import { grantDocPath, grants } from './snippets/grants';
import remarkSnippets from './src/plugins/snippet-registry/remarkSnippets';
import remarkSdkNames from './src/plugins/sdk-names/remarkSdkNames';

/** The build plugins of the languages that run in the page: `languages/<key>/runtime/plugin/`. */
const runtimePlugins = languages
  .filter((language) => language.runsInPage)
  .map((language) => `./languages/${language.key}/runtime/plugin/index.ts`)
  .filter((plugin) => fs.existsSync(new URL(plugin, import.meta.url)));

const config = {
  title: 'OAuth 2.0 SDK Guide',
  tagline:
    'Every OAuth 2.0 grant and token operation in seven languages, with examples you run in the page.',
  favicon: 'img/favicon.svg',
  url: 'https://oauth-sdk-docs.example.com',
  baseUrl: '/',
  trailingSlash: false,

  future: {
    v4: true,
  },

  // Fail loudly at build time: a broken link, anchor or Markdown link is a build error.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
          // <Snippet id="…" /> → the snippet's build-time data, imported into the page that uses it.
          remarkPlugins: [
            [remarkSnippets, { siteDir: __dirname }],
            // <Sdk name="…" /> → each language's name, read from its SDK (src/plugins/sdk-names/).
            [remarkSdkNames, { siteDir: __dirname }],
          ],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          changefreq: 'weekly',
          // The search plugin's results page: not content, and search engines advise against
          // indexing internal search results. e2e/search.spec.ts checks it.
          ignorePatterns: ['/search'],
        },
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    '@docusaurus/theme-live-codeblock',
    // Full-text search that works self-hosted and offline: the index is built from the pages'
    // HTML at build time and fetched (with lunr) only when the reader hovers or focuses the
    // search box or presses Ctrl/Cmd+K, so a page load carries only the search bar itself.
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: 'docs',
        // One result link per section (heading), with the matched words marked on arrival.
        highlightSearchTermsOnTargetPage: true,
        searchResultLimits: 8,
        searchBarShortcutKeymap: 'mod+k',
        // Prose, headings and snippet titles: the seven languages' code would make the index
        // five times larger and match every "token" in every code line.
        ignoreCssSelectors: ['[data-snippet-id] .tabs-container'],
      } satisfies SearchOptions,
    ],
  ],
  // By path: Docusaurus loads it with the site's TypeScript loader.
  plugins: [
    './src/plugins/snippet-registry/index.ts',
    // Each in-page language's build plugin, where it has one (its runtime's files, its SDK's
    // sources): languages/<key>/runtime/plugin/.
    ...runtimePlugins,
    // The editor's type checker: the SDK's declarations, and TypeScript served for its worker.
    './src/plugins/type-declarations/index.ts',
    // The runs CI recorded, served as plain files for the tabs that show them.
    './src/plugins/recorded-runs/index.ts',
    // The runner's code stays out of the chunk every page loads.
    './src/plugins/runner-chunks/index.ts',
    // /llms.txt and each docs page as Markdown, with every snippet in all seven languages.
    './src/plugins/markdown-pages/index.ts',
    // Each snippet as a runnable project per language (zips), and the standalone mock server.
    './src/plugins/downloads/index.ts',
  ],

  themeConfig: {
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'OAuth 2.0 SDK Guide',
      logo: {
        alt: 'OAuth 2.0 SDK Guide logo',
        src: 'img/logo.svg',
      },
      items: [
        { type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide' },
        { to: '/docs/client-credentials', label: 'Try it', position: 'left' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Grants',
          items: grants.map((grant) => ({ label: grant.title, to: grantDocPath(grant.id) })),
        },
        {
          title: 'Tokens',
          items: [
            { label: 'Setting tokens automatically', to: '/docs/tokens-automatically' },
            { label: 'Setting tokens explicitly', to: '/docs/tokens-explicitly' },
            { label: 'Errors', to: '/docs/errors' },
          ],
        },
      ],
      copyright:
        'Examples run against a mock OAuth server in your browser. Nothing you type leaves the page.',
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      // No additionalLanguages, and src/theme/prism-include-languages.ts loads none: they went
      // into every page's main.js (~7.7 kB gzip). Shiki highlights the seven SDK languages at
      // build time and the live editor in the browser (its own chunk, with the runner); Prism
      // only colours plain fenced code blocks (built-in languages). A fenced code block in
      // another language needs both undone (e2e/bench/RESULTS.md).
    },
    liveCodeBlock: {
      playgroundPosition: 'bottom',
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
