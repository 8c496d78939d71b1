import { describe, expect, it } from 'vitest';
import { entryName, renameMain, restoreMainName, startSource } from './goEntry';

describe('renameMain', () => {
  it('renames the top-level main and keeps every line and column in place', () => {
    const code = 'package main\n\nfunc main() {\n\tprintln("hi")\n}\n';
    const renamed = renameMain(code)!;
    expect(renamed).toBe(code.replace('func main(', `func ${entryName}(`));
    expect(renamed.split('\n').map((line) => line.length)).toEqual(
      code.split('\n').map((line) => line.length),
    );
  });

  it('leaves methods named main and other functions alone', () => {
    const code = 'package main\n\nfunc (t T) main() {}\nfunc mainly() {}\nfunc main () {}\n';
    expect(renameMain(code)).toBe(
      `package main\n\nfunc (t T) main() {}\nfunc mainly() {}\nfunc ${entryName} () {}\n`,
    );
  });

  it('says there is nothing to run when the code has no main', () => {
    expect(renameMain('package main\n\nfunc helper() {}\n')).toBeUndefined();
  });
});

describe('the start program', () => {
  it('starts the renamed main in a goroutine through the glue, with the run’s key', () => {
    expect(startSource('k3y"')).toContain(`go runnerhost.Run("k3y\\"", ${entryName})`);
  });

  it("gives the interpreter's messages the reader's name back", () => {
    expect(restoreMainName(`_.go:3:6: ${entryName} redeclared in this block`)).toBe(
      '_.go:3:6: main redeclared in this block',
    );
  });
});
