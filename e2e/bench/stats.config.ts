/**
 * The site's own config plus one plugin that records what each emitted chunk contains. Used by
 * `npm run bench` for a side build (never the timed ones), so the table can name the runner,
 * transpiler, SDK and mock-server chunks. Build with BENCH_STATS_FILE set.
 */
import type { Config, Plugin, PluginConfig } from '@docusaurus/types';
import siteConfig from '../../docusaurus.config';
import { ChunkStatsWriter } from './chunkStats';

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
  // The registry plugin's content type is narrower than PluginConfig's `unknown`; it is unchanged.
  plugins: [...(siteConfig.plugins as unknown as PluginConfig[]), chunkStatsPlugin],
};

export default config;
