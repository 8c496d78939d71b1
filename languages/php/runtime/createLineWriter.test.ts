import { describe, expect, it } from 'vitest';
import { createLineWriter } from './createLineWriter';

function write(text: string, writer: ReturnType<typeof createLineWriter>) {
  for (const byte of new TextEncoder().encode(text)) writer.write(byte);
}

describe('createLineWriter', () => {
  it('hands on UTF-8 lines without their newline, and the unfinished last line on flush', () => {
    const lines: string[] = [];
    const writer = createLineWriter((line) => lines.push(line));
    write('Access token: abcd…\nsecond', writer);
    expect(lines).toEqual(['Access token: abcd…']);
    writer.flush();
    expect(lines).toEqual(['Access token: abcd…', 'second']);
    writer.flush();
    expect(lines).toHaveLength(2);
  });

  it('keeps empty lines', () => {
    const lines: string[] = [];
    const writer = createLineWriter((line) => lines.push(line));
    write('a\n\nb\n', writer);
    expect(lines).toEqual(['a', '', 'b']);
  });

  it('hands on a line without newline in parts instead of holding it all', () => {
    const lines: string[] = [];
    const writer = createLineWriter((line) => lines.push(line));
    write('x'.repeat(200_000), writer);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.every((line) => line.length <= 64 * 1024)).toBe(true);
  });
});
