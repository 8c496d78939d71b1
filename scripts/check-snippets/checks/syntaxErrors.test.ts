import { beforeAll, describe, expect, it } from 'vitest';
import { languages, type LanguageKey } from '../../../languages';
import { grants } from '../../../src/plugins/snippet-registry/loadRegistry';
import { snippetTemplates, type Grant } from './snippetTemplates';
import { findSyntaxErrors } from './syntaxErrors';
import { loadParsers, type Parsers } from './treeSitter';

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers();
});

const check = (language: LanguageKey, source: string) =>
  findSyntaxErrors(parsers, language, `snippets/g/op/${language}`, source).map(
    (problem) => `${problem.file}: ${problem.message}`,
  );

describe('findSyntaxErrors', () => {
  it.each(grants.flatMap((grant) => languages.map((language) => [grant, language.key] as const)))(
    'accepts the %s template in %s',
    (grant, language) => {
      expect(check(language, snippetTemplates(grant as Grant, 'fetch-token')[language])).toEqual(
        [],
      );
    },
  );

  it.each<[LanguageKey, string, string]>([
    [
      'csharp',
      'var client = new SdkClient.Builder()\n    .Build()\nConsole.WriteLine("ok");\n',
      'snippets/g/op/csharp:3:1: C# syntax error at "Console"',
    ],
    [
      'java',
      'public class A {\n    public static void main(String[] args) {\n        System.out.println("ok";\n    }\n}\n',
      'snippets/g/op/java:3:',
    ],
    [
      'python',
      'token = client.http_ccg.fetch_token()\nif token print(token)\n',
      'snippets/g/op/python:2:',
    ],
    [
      'ruby',
      "client = Client.new(\n  o_auth_client_id: 'OAuthClientId',\n\nputs 'ok'\n",
      'snippets/g/op/ruby:',
    ],
    ['php', '<?php\n\n$token = $client->fetchToken(;\n', 'snippets/g/op/php:3:'],
    ['go', 'package main\n\nfunc main() {\n\ttoken, err := \n}\n', 'snippets/g/op/go:'],
    [
      'typescript',
      "const token = await client.fetchToken(\nconsole.log('x');\n",
      'snippets/g/op/typescript:',
    ],
  ])('reports a %s syntax error with file:line:column', (language, source, where) => {
    const problems = check(language, source);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(new RegExp(`^${where.replaceAll('.', '\\.')}`));
    expect(problems[0]).toMatch(/syntax error/);
  });

  it('quotes the offending text of an error', () => {
    expect(check('python', 'x = 1\ny = = 2\n')).toEqual([
      'snippets/g/op/python:2:5: Python syntax error at "=": fix the code so it parses as Python',
    ]);
  });

  it('counts columns in characters, not bytes, after a non-ASCII character', () => {
    expect(check('python', 'print("…é…"); y = = 2\n')).toEqual([
      'snippets/g/op/python:1:19: Python syntax error at "=": fix the code so it parses as Python',
    ]);
  });

  it('names the missing token when the grammar knows which one', () => {
    expect(check('java', 'class A { void m() { int x = 1 } }')).toEqual([
      'snippets/g/op/java:1:31: Java syntax error: missing ";"; add it (the Java grammar expected it here)',
    ]);
  });

  it('reports a PHP snippet without the opening tag, whose code PHP would print as text', () => {
    expect(check('php', '$client->fetchToken();\n')).toEqual([
      'snippets/g/op/php:1:1: a PHP snippet starts with "<?php": add it as the first line',
    ]);
  });
});
