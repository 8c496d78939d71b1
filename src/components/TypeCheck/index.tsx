import type { TypeDiagnostic } from './protocol';
import type { TypeCheckState } from './useTypeCheck';
import styles from './styles.module.css';

export type { TypeDiagnostic } from './protocol';
export { useTypeCheck, type TypeCheckState } from './useTypeCheck';

export interface TypeProblemsProps {
  /** The editor's `aria-describedby` points here. */
  id: string;
  state: TypeCheckState;
  /** Moves the editor's caret to the problem (its items are buttons). */
  onSelect: (diagnostic: TypeDiagnostic) => void;
}

function summary(state: TypeCheckState): string {
  if (state.status === 'loading') return 'Loading the type checker…';
  if (state.status === 'failed') return `Type checking is unavailable: ${state.message}`;
  const errors = state.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = state.diagnostics.length - errors;
  if (errors + warnings === 0) return 'No type errors';
  const parts = [];
  if (errors > 0) parts.push(`${errors} type error${errors === 1 ? '' : 's'}`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/**
 * The type checker's findings below the editor, as the TypeScript Playground's Errors tab: a
 * status line, and one button per problem that moves the caret to its span.
 */
export default function TypeProblems({ id, state, onSelect }: TypeProblemsProps) {
  const diagnostics = state.status === 'checked' ? state.diagnostics : [];
  return (
    <div id={id} className={styles.problems}>
      <p
        role="status"
        className={styles.summary}
        data-status={
          state.status === 'checked' && diagnostics.length > 0 ? 'problems' : state.status
        }>
        {summary(state)}
      </p>
      {diagnostics.length > 0 ? (
        <ul className={styles.list} aria-label="Type errors">
          {diagnostics.map((diagnostic) => (
            <li key={`${diagnostic.start}:${diagnostic.code}:${diagnostic.message}`}>
              <button
                type="button"
                className={styles.problem}
                data-severity={diagnostic.severity}
                onClick={() => onSelect(diagnostic)}>
                <span className={styles.where}>
                  Line {diagnostic.line}, column {diagnostic.column}:
                </span>{' '}
                <span className={styles.message}>{diagnostic.message}</span>{' '}
                <span className={styles.code}>{diagnostic.code}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
