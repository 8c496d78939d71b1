import { describe, expect, it } from 'vitest';
import { findScaffoldLeftovers } from './scaffoldLeftovers';
import { metaTemplate, snippetTemplates } from './snippetTemplates';

describe('findScaffoldLeftovers', () => {
  it('reports every TODO of a fresh scaffold, in meta.json and in the code', () => {
    const files = [
      { path: 'snippets/g/op/meta.json', source: metaTemplate('client-credentials') },
      { path: 'snippets/g/op/go.go', source: snippetTemplates('client-credentials', 'op').go },
    ];
    const text = 'still says TODO, from `npm run new-snippet`: replace it with the real text';
    const code = 'still says TODO, from `npm run new-snippet`: replace it with the real code';
    expect(findScaffoldLeftovers(files)).toEqual([
      { file: 'snippets/g/op/meta.json:2', message: text },
      { file: 'snippets/g/op/meta.json:3', message: text },
      { file: 'snippets/g/op/go.go:23', message: code },
    ]);
  });

  it("accepts TODO that is not the scaffold's marker, such as Go's context.TODO()", () => {
    expect(
      findScaffoldLeftovers([
        { path: 'snippets/g/op/go.go', source: 'token, err := m.FetchToken(context.TODO())\n' },
        { path: 'snippets/g/op/python.py', source: 'todos = []\n# TODOS\n' },
      ]),
    ).toEqual([]);
  });
});
