import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingFormat, type Recording } from '../../../sandbox/runner/core/Recording';
import { settleRecording } from './settleRecording';

let siteDir: string;
beforeEach(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'settle-recording-'));
});
afterEach(() => fs.rmSync(siteDir, { recursive: true, force: true }));

const file = 'snippets/client-credentials/fetch-token/recorded/java.json';

function recording(token: string, printed = 'Scopes: read'): Recording {
  return {
    format: recordingFormat,
    snippet: 'client-credentials/fetch-token',
    language: 'java',
    key: 'k1',
    recordedAt: '2026-12-07T06:46:06Z',
    commit: 'c4ed1f0',
    uncommitted: false,
    events: [
      { kind: 'console', level: 'log', text: `Access token: ${token}…` },
      { kind: 'console', level: 'log', text: printed },
    ],
    outcome: { kind: 'ok', durationMs: 700 },
  };
}

describe('a fresh run and the committed recording', () => {
  it('writes the recording with --record when the run passed, and not when it failed', () => {
    settleRecording({ siteDir, recording: recording('Ab3_x9Zq'), record: true, runPassed: false });
    expect(fs.existsSync(path.join(siteDir, file))).toBe(false);
    settleRecording({ siteDir, recording: recording('Ab3_x9Zq'), record: true, runPassed: true });
    expect(JSON.parse(fs.readFileSync(path.join(siteDir, file), 'utf8'))).toEqual(
      recording('Ab3_x9Zq'),
    );
  });

  it('agree when only token values and timings differ', () => {
    settleRecording({ siteDir, recording: recording('Ab3_x9Zq'), record: true, runPassed: true });
    const fresh = { ...recording('Zz9-QwEr'), outcome: { kind: 'ok' as const, durationMs: 1400 } };
    expect(settleRecording({ siteDir, recording: fresh, record: false, runPassed: true })).toEqual(
      [],
    );
  });

  it('fail when the run printed something else than the recording shows, with the refresh command', () => {
    settleRecording({ siteDir, recording: recording('Ab3_x9Zq'), record: true, runPassed: true });
    const problems = settleRecording({
      siteDir,
      recording: recording('Ab3_x9Zq', 'Scopes: read write'),
      record: false,
      runPassed: true,
    });
    expect(problems).toEqual([
      {
        file,
        message: expect.stringContaining(
          'the recording has "log: Scopes: read" where the run now has "log: Scopes: read write"',
        ),
      },
    ]);
    expect(problems[0]!.message).toContain(
      '`npm run check-snippets -- client-credentials/fetch-token --language java --record`',
    );
  });
});
