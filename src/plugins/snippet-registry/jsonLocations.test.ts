import { describe, expect, it } from 'vitest';
import { jsonErrorPosition, jsonLocations, locateJsonPath } from './jsonLocations';

const meta = `{
  "titel": "Create an item",
  "description": "Creates an item.",
  "highlight": { "typescript": "3-4" },
  "run": {
    "expect": [
      "^Created: ",
      "^Status: 201$"
    ]
  }
}
`;

describe('jsonLocations', () => {
  it('finds the line and column of each key and array element, by zod issue path', () => {
    const locations = jsonLocations(meta);
    expect(locations.get('titel')).toEqual({ line: 2, column: 3 });
    expect(locations.get('highlight.typescript')).toEqual({ line: 4, column: 18 });
    expect(locations.get('run.expect.1')).toEqual({ line: 8, column: 7 });
  });

  it('points a missing key at the object that lacks it', () => {
    expect(locateJsonPath(jsonLocations(meta), 'run.consent')).toEqual({ line: 5, column: 3 });
    expect(locateJsonPath(jsonLocations(meta), 'title')).toEqual({ line: 1, column: 1 });
  });

  it('skips escaped quotes inside strings', () => {
    const locations = jsonLocations('{ "a": "say \\"hi\\"", "b": 1 }');
    expect(locations.get('b')).toEqual({ line: 1, column: 22 });
  });
});

describe('jsonErrorPosition', () => {
  it('turns JSON.parse error positions into line and column', () => {
    const text = '{\n  "title": "x",\n}\n';
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(jsonErrorPosition(text, message)).toEqual({ line: 3, column: 1 });
  });
});
