import fs from 'node:fs';
import path from 'node:path';

/**
 * Every page of the built site, from its sitemap, as paths ("/docs/errors"). New pages are covered
 * by the e2e suite without touching a test.
 */
export function sitemapPaths(buildDir = path.join(__dirname, '..', 'build')): string[] {
  const file = path.join(buildDir, 'sitemap.xml');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` before the e2e tests.`);
  }
  const xml = fs.readFileSync(file, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  if (paths.length === 0) throw new Error(`${file} lists no pages.`);
  return paths;
}
