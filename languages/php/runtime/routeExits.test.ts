import { describe, expect, it } from 'vitest';
import { routeExits } from './routeExits';

const route = (code: string) => routeExits(code, '\\R\\exitWith');

describe('routeExits', () => {
  it('makes exit and die calls of the target, with or without arguments, keeping every line', () => {
    const code = '<?php\necho "bye";\nexit(3);\nif ($x) die("no");\nexit;\nDIE ;\n';
    const routed = route(code);
    expect(routed).toBe(
      '<?php\necho "bye";\n\\R\\exitWith(3);\nif ($x) \\R\\exitWith("no");\n\\R\\exitWith();\n\\R\\exitWith() ;\n',
    );
    expect(routed.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('leaves exit in strings, comments, heredocs and the HTML outside PHP alone', () => {
    const code = `exit() in HTML <?php
echo 'exit(1)', "die(2) \\" exit", \`exit\`;
// exit(3)
# die(4)
/* exit(5) */
echo <<<TEXT
  exit(6)
  TEXT;
echo <<<'RAW'
die(7)
RAW;
?> exit(8) <?php exit(9);`;
    expect(route(code)).toBe(code.replace('exit(9)', '\\R\\exitWith(9)'));
  });

  it('leaves members, variables, constants and names that are spelled exit alone', () => {
    const code =
      '<?php\n$exit = $o->exit() + Foo::exit() + $o?->die;\n$exitCode = 1; \\Foo\\exit();\n';
    expect(route(code)).toBe(code);
  });

  it('routes an exit that follows an attribute, or an expression as `or die()`', () => {
    expect(route('<?php #[Attr]\nfopen("x") or die("gone");')).toBe(
      '<?php #[Attr]\nfopen("x") or \\R\\exitWith("gone");',
    );
  });
});
