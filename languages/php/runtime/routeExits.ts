/**
 * The reader's PHP with every `exit` and `die` made a call of `target` (`\RunnerHost\exitWith`),
 * which records the status before exiting: php-wasm's `pib_run` does not hand over the status an
 * `exit(3)` leaves (the run looked finished), and PHP cannot catch an exit. Only the names change,
 * so every line stays where the reader sees it. A scan of PHP's own lexical rules: strings,
 * comments, heredocs and the HTML outside `<?php … ?>` are left alone, and so are members, variables
 * and constants that happen to be called `exit` (`$exit`, `->exit`, `Foo::exit`).
 */
export function routeExits(code: string, target: string): string {
  let out = '';
  let at = 0;
  const copyTo = (end: number) => {
    out += code.slice(at, end);
    at = end;
  };
  let inPhp = false;
  while (at < code.length) {
    if (!inPhp) {
      const open = code.indexOf('<?', at);
      if (open === -1) break;
      copyTo(open + 2);
      inPhp = true;
      continue;
    }
    const rest = code.slice(at);
    const char = code[at]!;
    if (rest.startsWith('?>')) {
      copyTo(at + 2);
      inPhp = false;
    } else if (char === "'" || char === '"' || char === '`') {
      copyTo(endOfQuoted(code, at, char));
    } else if (rest.startsWith('//') || (char === '#' && code[at + 1] !== '[')) {
      const newline = code.indexOf('\n', at);
      const close = code.indexOf('?>', at);
      const ends = [newline, close].filter((index) => index !== -1);
      copyTo(ends.length > 0 ? Math.min(...ends) : code.length);
    } else if (rest.startsWith('/*')) {
      const close = code.indexOf('*/', at + 2);
      copyTo(close === -1 ? code.length : close + 2);
    } else if (rest.startsWith('<<<')) {
      copyTo(endOfHeredoc(code, at));
    } else if (/[A-Za-z_\x80-\uffff]/.test(char)) {
      const name = /^[\w\x80-\uffff]+/.exec(rest)![0];
      const end = at + name.length;
      if (/^(exit|die)$/i.test(name) && isTheLanguageConstruct(code, at)) {
        const next = /^\s*(.)/.exec(code.slice(end));
        out += next?.[1] === '(' ? target : `${target}()`;
        at = end;
      } else {
        copyTo(end);
      }
    } else {
      copyTo(at + 1);
    }
  }
  copyTo(code.length);
  return out;
}

function endOfQuoted(code: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < code.length && code[index] !== quote) {
    index += code[index] === '\\' ? 2 : 1;
  }
  return Math.min(index + 1, code.length);
}

/** Past a heredoc or nowdoc: its closing label on a line of its own (indented or not). */
function endOfHeredoc(code: string, start: number): number {
  const opening = /^<<<[ \t]*(['"]?)([A-Za-z_\x80-\uffff][\w\x80-\uffff]*)\1\r?\n/.exec(
    code.slice(start),
  );
  if (!opening) return start + 3;
  const label = opening[2]!;
  const closing = new RegExp(`\\n[ \\t]*${label}(?![\\w\\x80-\\uffff])`, 'g');
  closing.lastIndex = start + opening[0].length - 1;
  const match = closing.exec(code);
  return match ? match.index + match[0].length : code.length;
}

/** Not a member, variable, constant or name in a namespace that is spelled `exit`. */
function isTheLanguageConstruct(code: string, at: number): boolean {
  const before = code.slice(0, at).trimEnd();
  return !/(\$|->|::|\\|\bfunction|\bconst|\bclass|\benum|\binterface|\btrait)$/i.test(before);
}
