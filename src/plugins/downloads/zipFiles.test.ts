import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { zipFiles } from './zipFiles';

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('zipFiles', () => {
  it('writes an archive that unzip extracts whole, with UTF-8 names and runnable scripts', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-files-'));
    const archive = path.join(dir, 'out.zip');
    fs.writeFileSync(
      archive,
      zipFiles([
        { path: 'project/README.md', content: '# Café…\n'.repeat(100) },
        { path: 'project/run.sh', content: '#!/bin/sh\necho ran\n', executable: true },
        { path: 'project/data.bin', content: new Uint8Array([0, 1, 2, 255]) },
      ]),
    );
    execFileSync('unzip', ['-q', archive, '-d', dir]);
    expect(fs.readFileSync(path.join(dir, 'project/README.md'), 'utf8')).toBe(
      '# Café…\n'.repeat(100),
    );
    expect([...fs.readFileSync(path.join(dir, 'project/data.bin'))]).toEqual([0, 1, 2, 255]);
    expect(execFileSync(path.join(dir, 'project/run.sh'), { encoding: 'utf8' })).toBe('ran\n');
    expect(fs.statSync(path.join(dir, 'project/README.md')).mode & 0o111).toBe(0);
    // `unzip -t` checks every entry's CRC.
    expect(execFileSync('unzip', ['-t', archive], { encoding: 'utf8' })).toMatch(/No errors/);
  });

  it('refuses a path that would land outside the folder it is unzipped in', () => {
    expect(() => zipFiles([{ path: '../evil.sh', content: '' }])).toThrow(/relative path/);
  });

  it('gives the same bytes for the same files, so rebuilds do not change downloads', () => {
    const files = [{ path: 'a.txt', content: 'a' }];
    expect(zipFiles(files).equals(zipFiles(files))).toBe(true);
  });
});
