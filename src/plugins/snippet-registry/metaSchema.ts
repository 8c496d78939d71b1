import * as z from 'zod';
import { closestName } from './closestName';
import { languageKeys } from '../../../languages';

/** "1,4-6": single lines and inclusive ranges, 1-based. */
const lineRangesFormat = /^\d+(-\d+)?(,\d+(-\d+)?)*$/;
const lineRanges = z
  .string()
  .regex(lineRangesFormat, 'use line numbers and ranges like "3" or "1,4-6"')
  .refine(
    (ranges) =>
      !lineRangesFormat.test(ranges) ||
      ranges.split(',').every((range) => {
        const [start, end = start] = range.split('-').map(Number) as [number, number?];
        return start >= 1 && start <= end;
      }),
    'lines start at 1 and a range runs from its lower to its higher line, e.g. "4-6" not "6-4"',
  );

const languageEnum = z.enum(languageKeys as [string, ...string[]]);

const runSchema = z.strictObject({
  expect: z
    .array(
      z.string().refine((pattern) => {
        try {
          new RegExp(pattern);
          return true;
        } catch {
          return false;
        }
      }, 'each expect entry must be a valid regular expression'),
    )
    .min(1, 'list at least one pattern the run must print'),
  consent: z.enum(['approve', 'deny']).optional(),
});

/**
 * The schema of `snippets/<grant>/<operation>/meta.json`. Strict: an unknown key is an error, so a
 * typo ("hightlight") cannot pass silently.
 */
export const metaSchema = z
  .strictObject({
    title: z
      .string({
        error:
          'required: the name screen readers announce for the code (the page shows no title: the prose around it has the heading), e.g. "Fetch a token"',
      })
      .min(3, 'write a title of at least 3 characters, e.g. "Fetch a token"'),
    description: z
      .string({ error: 'required: one or two sentences shown as the caption below the code' })
      .min(10, 'write one or two sentences (at least 10 characters)'),
    highlight: z.partialRecord(languageEnum, lineRanges).optional(),
    run: z.union([runSchema, z.literal(false)], {
      error:
        'use false (and say why in "runNote") or an object like { "expect": ["^Access token: "] }',
    }),
    runNote: z.string().min(10).optional(),
  })
  .refine((meta) => meta.run !== false || meta.runNote !== undefined, {
    message: 'a snippet with "run": false needs a "runNote" saying why it cannot run',
    path: ['runNote'],
  });

/** The keys each object of meta.json allows, by path, for "did you mean" on an unknown key. */
const knownKeys: Record<string, readonly string[]> = {
  '': Object.keys(metaSchema.shape),
  run: Object.keys(runSchema.shape),
  highlight: languageKeys,
};

export type SnippetMeta = z.infer<typeof metaSchema>;
export type RunExpectations = Exclude<SnippetMeta['run'], false>;

/**
 * zod's issues as "where: what" for authors. A union (`run`) that failed inside its object branch
 * reports that branch's own issues ("run.consent: …"), not zod's bare "Invalid input".
 */
export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  const described: { path: string; message: string }[] = [];
  /** Paths an unknown key was probably meant to be, and paths of required keys left out. */
  const suggested = new Set<string>();
  const missing = new Set<string>();
  const visit = (issue: z.core.$ZodIssue, prefix: PropertyKey[]) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      // The branch whose type matched (an object for `run`) has the issues worth reporting.
      const inside = issue.errors.find(
        (branch) =>
          branch.length > 0 &&
          !branch.some(
            (inner) =>
              inner.path.length === 0 &&
              (inner.code === 'invalid_type' || inner.code === 'invalid_value'),
          ),
      );
      if (inside !== undefined) {
        inside.forEach((inner) => visit(inner, path));
        return;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      // One problem per key, at the key, with the key the writer most likely meant.
      const where = path.map(String).join('.');
      const known = knownKeys[where] ?? [];
      for (const key of issue.keys) {
        const suggestion = closestName(key, known);
        if (suggestion !== undefined) suggested.add([...path, suggestion].map(String).join('.'));
        described.push({
          path: [...path, key].map(String).join('.'),
          message:
            `unknown key${suggestion !== undefined ? `: did you mean "${suggestion}"?` : ''}` +
            (known.length > 0
              ? ` The keys ${where === '' ? 'of meta.json' : `of "${where}"`} are ${known.join(', ')}.`
              : ''),
        });
      }
      return;
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      missing.add(path.map(String).join('.'));
    }
    described.push({ path: path.map(String).join('.'), message: issue.message });
  };
  error.issues.forEach((issue) => visit(issue, []));
  // "titel" (unknown, did you mean "title"?) says all there is to say about the missing "title".
  return described.filter((issue) => !(suggested.has(issue.path) && missing.has(issue.path)));
}
