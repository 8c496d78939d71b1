import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..');

/** `/docs/<slug or id or file name>` of each docs page, and the snippet ids it uses. */
export function docsPages(): { route: string; ids: string[]; file: string }[] {
  const docsDir = path.join(root, 'docs');
  return fs
    .readdirSync(docsDir)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const text = fs.readFileSync(path.join(docsDir, file), 'utf8');
      const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      const field = (name: string) =>
        new RegExp(`^${name}:\\s*['"]?([^'"\\n]+?)['"]?\\s*$`, 'm').exec(frontMatter)?.[1];
      const slug = field('slug');
      const id = field('id') ?? file.replace(/\.mdx?$/, '');
      const route = slug?.startsWith('/')
        ? `/docs${slug === '/' ? '' : slug}`
        : `/docs/${slug ?? id}`;
      const ids = [...text.matchAll(/<Snippet\s+id="([^"]+)"/g)].map((match) => match[1]!);
      return { route, ids, file: `docs/${file}` };
    });
}
