import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { harness, parseBuildOutput, programName } from './harness';

const program = {
  id: 'client-credentials/fetch-token',
  path: 'snippets/client-credentials/fetch-token/go.go',
  file: '/site/snippets/client-credentials/fetch-token/go.go',
  source: 'package main\n',
};

describe('Go harness', () => {
  it('names each program folder after its registry id, unique across grants', () => {
    expect(programName('client-credentials/fetch-token')).toBe('client-credentials--fetch-token');
  });

  it('places a compile error at the snippet line and column the compiler names', () => {
    const output = [
      '# snippets/programs/client-credentials--fetch-token',
      'programs/client-credentials--fetch-token/go.go:25:47: undefined: sdk.FetchAccessToken',
    ].join('\n');
    const { byProgram, other } = parseBuildOutput(output, '/nonexistent/go-work', [program]);
    expect(byProgram.get(program.id)).toEqual([
      { file: program.path, line: 25, column: 47, message: 'undefined: sdk.FetchAccessToken' },
    ]);
    expect(other).toEqual([]);
  });

  it('reports an error in an SDK file at that file, not at a snippet', () => {
    const output = `${fileURLToPath(new URL('./sdk/client.go', import.meta.url))}:10:2: syntax error`;
    const { byProgram, other } = parseBuildOutput(output, '/nonexistent/go-work', [program]);
    expect(byProgram.size).toBe(0);
    expect(other).toEqual([
      { file: 'languages/go/sdk/client.go', line: 10, column: 2, message: 'syntax error' },
    ]);
  });

  it("locates a panic at the innermost frame in the snippet's own file", () => {
    const stderr = `panic: sandbox.Clock.Advance(-1): time only moves forward

goroutine 1 [running]:
sandbox.clock.Advance({}, 0xffffffffffffffff)
\t/site/languages/go/sandbox/clock.go:34 +0x1f4
main.main()
\t/work/programs/client-credentials--fetch-token/go.go:31 +0x1d
`;
    expect(harness.locateError(stderr, program)).toEqual({ line: 31 });
  });

  it('finds no line for log.Fatalln, which exits without a traceback', () => {
    expect(harness.locateError('2026/01/01 00:00:00 boom\n', program)).toBeUndefined();
  });
});
