import { describe, expect, it } from 'vitest';
import {
  describeCompileError,
  describeExit,
  describePanic,
  exitCodeOf,
  parsePanicFrame,
} from './describeGoError';

const code = 'package main\n\nfunc main() {\n\tx := []int{}\n\tprintln(x[3]\n}\n';

describe('describeCompileError', () => {
  it("points a syntax error at the reader's line and column, with the line under it", () => {
    expect(
      describeCompileError("_.go:5:13: missing ',' in argument list", code, 'main.go'),
    ).toEqual({
      kind: 'syntax-error',
      message: "missing ',' in argument list",
      line: 5,
      column: 13,
      frame: 'println(x[3]\n           ^',
    });
  });

  it('reads a position without a file name as the reader’s', () => {
    const outcome = describeCompileError('4:2: import "nope" error: not found', code, 'main.go');
    expect(outcome).toMatchObject({
      line: 4,
      column: 2,
      message: 'import "nope" error: not found',
    });
  });

  it('names the file of an error in an imported package and puts the reader at line 1', () => {
    expect(
      describeCompileError('src/sdk/client.go:10:2: undefined: x', code, 'main.go'),
    ).toMatchObject({ line: 1, column: 1, message: 'src/sdk/client.go:10:2: undefined: x' });
  });
});

describe('describePanic', () => {
  const program = [
    'package main', // 1
    '',
    'func lookup(items []int) int {', // 3
    '\treturn items[3]',
    '}',
    '',
    'func main() {', // 7
    '\tfmt.Println(lookup(nil))',
    '\tif err != nil {',
    '\t\tlog.Fatalln(err)', // 10
    '\t}',
    '}',
  ].join('\n');

  it("names the reader's functions the panic unwound, and leaves the SDK's frames out", () => {
    const frames = [
      'src/sdk/call_api.go:40:3: panic: sdk.callAPI(...)',
      '4:2: panic: main.lookup(...)',
      '8:2: panic: main._ain(...)',
    ].map((line) => parsePanicFrame(line)!);
    expect(
      describePanic(
        { value: 'reflect: slice index out of range', type: 'runtime.boundsError', frames },
        'main.go',
        program,
      ),
    ).toEqual({
      name: 'panic',
      message: 'reflect: slice index out of range (in lookup)',
      text: [
        'panic: reflect: slice index out of range',
        '',
        'goroutine 1 [running]:',
        'main.lookup(...)',
        '\tmain.go:3 (the function; the interpreter does not report the line)',
        'main.main(...)',
        '\tmain.go:7 (the function; the interpreter does not report the line)',
      ].join('\n'),
    });
  });

  it('reports log.Fatal as Go does, exit status 1 after the logged line, at its call', () => {
    expect(
      describePanic(
        {
          value: 'invalid_client\n',
          type: 'string',
          frames: [parsePanicFrame('8:2: panic: main._ain(...)')!],
          lastStderrLine: '2025/01/02 15:04:05 invalid_client',
        },
        'main.go',
        program,
      ),
    ).toEqual({ name: 'log.Fatal', message: 'invalid_client', text: 'exit status 1', line: 10 });
  });

  it('reports os.Exit, which the interpreter turns into a panic, with its status', () => {
    expect(
      describePanic({ value: 'os.Exit(3)', type: 'string', frames: [] }, 'main.go', program),
    ).toEqual(describeExit(3));
    expect(exitCodeOf('os.Exit(0)')).toBe(0);
    expect(exitCodeOf('os.Exit is fine')).toBeUndefined();
  });

  it('reads only frame lines as frames, from Yaegi 0.16 and older', () => {
    expect(parsePanicFrame('2025/01/02 15:04:05 panic')).toBeUndefined();
    expect(parsePanicFrame('_.go:12:3: panic')).toEqual({ file: '_.go', line: 12, column: 3 });
    expect(parsePanicFrame('src/sandbox/browser.go:102:11: panic: sandbox.send(...)')).toEqual({
      file: 'src/sandbox/browser.go',
      line: 102,
      column: 11,
      call: 'sandbox.send(...)',
    });
  });
});

describe('describeExit', () => {
  it('reports os.Exit with its status', () => {
    expect(describeExit(3)).toEqual({
      name: 'os.Exit',
      message: 'exit status 3',
      text: 'exit status 3',
    });
  });
});
