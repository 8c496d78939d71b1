/**
 * The site's own config plus one plugin that records what each emitted chunk contains. Used by
 * `npm run bench` for a side build (never the timed ones), so the table can name the runner,
 * transpiler, SDK and mock-server chunks. Build with BENCH_STATS_FILE set.
 */
import path from 'node:path';
import type { Config, Plugin, PluginConfig } from '@docusaurus/types';
import siteConfig from '../../docusaurus.config';
import { ChunkStatsWriter } from './chunkStats';

const siteDir = path.resolve(__dirname, '..', '..');

function chunkStatsPlugin(): Plugin {
  return {
    name: 'bench-chunk-stats',
    configureWebpack(_config, isServer) {
      const file = process.env.BENCH_STATS_FILE;
      if (isServer || !file) return {};
      return { plugins: [new ChunkStatsWriter(file)] };
    },
  };
}

const config: Config = {
  ...siteConfig,
  // Docusaurus resolves a relative plugin path from the config file's folder: this one is two
  // levels down, so anchor the site's own relative paths at the site.
  plugins: [
    ...((siteConfig.plugins ?? []) as PluginConfig[]).map((plugin) =>
      typeof plugin === 'string' && plugin.startsWith('.') ? path.join(siteDir, plugin) : plugin,
    ),
    chunkStatsPlugin,
  ],
};

export default config;
