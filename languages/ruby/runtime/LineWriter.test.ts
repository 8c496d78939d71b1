import { describe, expect, it } from 'vitest';
import { LineWriter } from './LineWriter';

describe('LineWriter', () => {
  it('hands over whole lines, even when UTF-8 characters are split between writes', () => {
    const lines: string[] = [];
    const writer = new LineWriter((line) => lines.push(line));
    const bytes = new TextEncoder().encode('Access token: abcd…\nExpires in: 3600 s\npartial');
    const cut = bytes.indexOf(0xe2) + 1; // inside the three bytes of "…"
    writer.write(bytes.slice(0, cut));
    writer.write(bytes.slice(cut));
    expect(lines).toEqual(['Access token: abcd…', 'Expires in: 3600 s']);
    writer.flush();
    expect(lines).toEqual(['Access token: abcd…', 'Expires in: 3600 s', 'partial']);
  });

  it('hands over nothing on flush when the last line ended', () => {
    const lines: string[] = [];
    const writer = new LineWriter((line) => lines.push(line));
    writer.write(new TextEncoder().encode('done\n'));
    writer.flush();
    expect(lines).toEqual(['done']);
  });
});
