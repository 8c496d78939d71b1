import { describe, expect, it } from 'vitest';
import { metaSchema } from '../../../src/plugins/snippet-registry/metaSchema';
import { metaTemplate } from './snippetTemplates';

/**
 * The page (src/components/Snippet) shows no title: the title labels the figure for screen
 * readers, and the description is the caption below the code. The scaffold and the schema's
 * messages say so, so that a writer does not write a heading or an introduction.
 */
describe('where the scaffold and the schema say title and description show', () => {
  it("the scaffold's TODOs say the title is announced, not shown, and the description is the caption below the code", () => {
    const meta = JSON.parse(metaTemplate('client-credentials')) as Record<string, string>;
    expect(meta.title).toBe(
      'TODO: a short name, e.g. "Fetch a token" (screen readers announce it; not shown)',
    );
    expect(meta.description).toBe(
      'TODO: one or two sentences, shown as the caption below the code.',
    );
  });

  it('the messages for a missing title and description say the same', () => {
    const result = metaSchema.safeParse({ run: false, runNote: 'Needs a real browser.' });
    expect(result.success).toBe(false);
    expect(
      result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([
      'title: required: the name screen readers announce for the code (the page shows no title: the prose around it has the heading), e.g. "Fetch a token"',
      'description: required: one or two sentences shown as the caption below the code',
    ]);
  });
});
