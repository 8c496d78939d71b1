import * as z from 'zod';
import { languageKeys } from './languages';

/** "1,4-6": single lines and inclusive ranges, 1-based. */
const lineRanges = z
  .string()
  .regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/, 'use line numbers and ranges like "3" or "1,4-6"');

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
    title: z.string().min(3),
    description: z.string().min(10),
    highlight: z.partialRecord(languageEnum, lineRanges).optional(),
    run: z.union([runSchema, z.literal(false)]),
    runNote: z.string().min(10).optional(),
  })
  .refine((meta) => meta.run !== false || meta.runNote !== undefined, {
    message: 'a snippet with "run": false needs a "runNote" saying why it cannot run',
    path: ['runNote'],
  });

export type SnippetMeta = z.infer<typeof metaSchema>;
export type RunExpectations = Exclude<SnippetMeta['run'], false>;
