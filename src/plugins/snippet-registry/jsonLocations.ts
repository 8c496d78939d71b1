import { parseTree, type Node } from 'jsonc-parser';

/** 1-based line and column in a text file. */
export interface TextPosition {
  line: number;
  column: number;
}

export function positionAtIndex(text: string, index: number): TextPosition {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

/**
 * Where each value of a JSON document is written, by the dotted path zod's issues use
 * (`run.expect.0`, `highlight.typescript`; `''` for the document): an object member's position is
 * that of its key, an array element's that of its value. `JSON.parse` keeps no positions, so
 * meta.json problems would otherwise have no line; jsonc-parser's syntax tree has them. Expects
 * text that `JSON.parse` accepted; of a key written twice, the last counts, as in `JSON.parse`.
 */
export function jsonLocations(text: string): Map<string, TextPosition> {
  const locations = new Map<string, TextPosition>();
  const root = parseTree(text);
  if (root === undefined) return locations;
  const join = (path: string, key: string | number) => (path === '' ? `${key}` : `${path}.${key}`);
  const visit = (node: Node, path: string): void => {
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key === undefined) continue;
        const member = join(path, String(key.value));
        locations.set(member, positionAtIndex(text, key.offset));
        if (value !== undefined) visit(value, member);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((item, index) => {
        locations.set(join(path, index), positionAtIndex(text, item.offset));
        visit(item, join(path, index));
      });
    }
  };
  locations.set('', positionAtIndex(text, root.offset));
  visit(root, '');
  return locations;
}

/**
 * The position of `path`, or of its nearest written ancestor (a missing key points at the object
 * that lacks it).
 */
export function locateJsonPath(
  locations: Map<string, TextPosition>,
  path: string,
): TextPosition | undefined {
  for (let prefix = path; ; prefix = prefix.includes('.') ? prefix.replace(/\.[^.]*$/, '') : '') {
    const found = locations.get(prefix);
    if (found !== undefined || prefix === '') return found;
  }
}

/**
 * Where `JSON.parse` gave up, from its message: "… at position 57" (Node 20) or
 * "… (line 3 column 5)" (later versions).
 */
export function jsonErrorPosition(text: string, message: string): TextPosition | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (position) return positionAtIndex(text, Number(position[1]));
  if (/end of JSON input/.test(message)) return positionAtIndex(text, text.length);
  return undefined;
}
