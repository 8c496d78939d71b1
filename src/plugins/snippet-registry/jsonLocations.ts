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
 * meta.json problems would otherwise have no line. Expects text that `JSON.parse` accepted; stops
 * quietly at anything it does not understand.
 */
export function jsonLocations(text: string): Map<string, TextPosition> {
  const locations = new Map<string, TextPosition>();
  let index = 0;
  const skipSpace = () => {
    while (index < text.length && /\s/.test(text[index] ?? '')) index++;
  };
  const readString = (): string => {
    const start = index;
    index++; // opening quote
    while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
    index++; // closing quote
    return JSON.parse(text.slice(start, index)) as string;
  };
  const join = (path: string, key: string | number) => (path === '' ? `${key}` : `${path}.${key}`);
  const value = (path: string): void => {
    skipSpace();
    const char = text[index];
    if (char === '{') {
      index++;
      for (;;) {
        skipSpace();
        if (text[index] !== '"') break;
        const at = positionAtIndex(text, index);
        const member = join(path, readString());
        locations.set(member, at);
        skipSpace();
        index++; // colon
        value(member);
        skipSpace();
        if (text[index] !== ',') break;
        index++;
      }
      index++; // closing brace
    } else if (char === '[') {
      index++;
      skipSpace();
      for (let item = 0; text[index] !== ']' && index < text.length; item++) {
        skipSpace();
        locations.set(join(path, item), positionAtIndex(text, index));
        value(join(path, item));
        skipSpace();
        if (text[index] !== ',') break;
        index++;
      }
      index++; // closing bracket
    } else if (char === '"') {
      readString();
    } else {
      while (index < text.length && !/[\s,\]}]/.test(text[index] ?? '')) index++;
    }
  };
  skipSpace();
  locations.set('', positionAtIndex(text, index));
  try {
    value('');
  } catch {
    // Malformed text: keep what was found so far.
  }
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
