/**
 * One problem the writer must fix, printed as `file:line:column: message`. `file` is relative to
 * the site root; `line` and `column` are 1-based and present when the check can name them.
 */
export interface CheckProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}
