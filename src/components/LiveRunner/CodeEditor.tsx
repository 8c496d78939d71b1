/**
 * react-live 4.1.8's editor (`Editor` in react-live/dist/index.mjs: use-editable over a
 * prism-react-renderer <Highlight>), ejected: react-live ships as one file that also imports
 * sucrase for its JSX preview, and sucrase does not declare itself free of side effects, so the
 * bundler keeps all of it (≈ 51 KB gzip) in any chunk that imports the editor. We transpile in the
 * Web Worker, not on the page, so the page's runner chunk would carry a second, unused sucrase.
 * The ejected part is the editor alone; what we add (ARIA, Escape-then-Tab) is marked.
 *
 * Changed: Shiki's tokens instead of prism-react-renderer's, with the grammar and themes of the
 * static code (build-time Shiki), so pressing Edit changes nothing but the caret, in light and dark
 * mode. The highlighter is its own chunk, requested as soon as this (runner) chunk runs; until it
 * arrives the code shows in the themes' plain text colour.
 *
 * Added: type errors for TypeScript, as in the TypeScript Playground (src/components/TypeCheck):
 * a wavy underline on each problem's span and, below the code, a list whose items move the caret
 * there. The checker is a worker started by the first Edit; until it answers the editor is as
 * before.
 */
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { useEditable } from 'use-editable';
import { languageOf, type PageRunnableLanguage } from '@site/languages';
import TypeProblems, { useTypeCheck, type TypeDiagnostic } from '../TypeCheck';
import type * as ShikiTokens from './shikiTokens';
import { lazyModule } from './lazyModule';
import type { Indentation } from './detectIndentation';
import styles from './styles.module.css';

/**
 * The highlighter (Shiki, ~70 kB gzip) loads when the reader heads for Edit or the editor opens,
 * not with the runner: a reader who only presses Run never pays for it.
 */
const highlighter = lazyModule<typeof ShikiTokens>(
  () => import(/* webpackChunkName: "editor-highlighter" */ './shikiTokens'),
);

/**
 * Loads the highlighter and `language`'s grammar (each in a chunk of its own, fetched once);
 * resolves when code in that language can be tokenized.
 */
export async function loadTokenizer(language: PageRunnableLanguage): Promise<void> {
  const traits = languageOf(language);
  if (!traits.runsInPage) return;
  const tokens = await highlighter.load();
  if (tokens.hasGrammar(traits.grammar)) return;
  tokens.addGrammar(await traits.editorGrammar());
}

/** Whether code in `grammar` can be tokenized now. */
function tokenizerReady(grammar: string): boolean {
  return highlighter.loaded()?.hasGrammar(grammar) ?? false;
}

/**
 * Whether the highlighter is here (or failed to load: the code is then edited in plain text).
 * The editable text is rendered once, highlighted from the start: use-editable owns that DOM
 * while the reader types, and re-colouring it in place after the fact mixed the two renderings'
 * colours.
 */
function useHighlighterSettled(language: PageRunnableLanguage): boolean {
  const [settled, setSettled] = useState(() => tokenizerReady(languageOf(language).grammar));
  useEffect(() => {
    if (settled) return undefined;
    let current = true;
    const done = () => {
      if (current) setSettled(true);
    };
    loadTokenizer(language).then(done, done);
    return () => {
      current = false;
    };
  }, [settled, language]);
  return settled;
}

/** Shiki's lines and root CSS variables; plain lines if the highlighter could not load. */
function useTokens(code: string, grammar: string) {
  return useMemo(() => {
    const tokenizer = highlighter.loaded();
    if (tokenizer?.hasGrammar(grammar)) return tokenizer.tokenize(code, grammar);
    return {
      lines: code.split('\n').map((content) => [{ content, htmlStyle: undefined }]),
      rootStyle: {},
    };
  }, [code, grammar]);
}

const noProblems: TypeDiagnostic[] = [];

interface Segment {
  content: string;
  style: CSSProperties | undefined;
  /** The problems this piece of a token is part of. */
  diagnostics: TypeDiagnostic[];
}

/**
 * Cuts each line's tokens where a problem's span starts or ends, so the span can be underlined
 * without changing the text (use-editable reads the text back from the DOM).
 */
function segmentLines(
  lines: { content: string; htmlStyle?: unknown }[][],
  diagnostics: readonly TypeDiagnostic[],
): Segment[][] {
  // A zero-length problem (e.g. "';' expected") underlines the character after it.
  const ranges = diagnostics.map((diagnostic) => ({
    diagnostic,
    start: diagnostic.start,
    end: diagnostic.start + Math.max(diagnostic.length, 1),
  }));
  let offset = 0;
  return lines.map((line) => {
    const segments: Segment[] = [];
    for (const token of line) {
      const style = token.htmlStyle as CSSProperties | undefined;
      const start = offset;
      const end = offset + token.content.length;
      offset = end;
      const cuts = new Set([start, end]);
      for (const range of ranges) {
        if (range.start > start && range.start < end) cuts.add(range.start);
        if (range.end > start && range.end < end) cuts.add(range.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let index = 0; index + 1 < points.length; index++) {
        const from = points[index]!;
        const to = points[index + 1]!;
        segments.push({
          content: token.content.slice(from - start, to - start),
          style,
          diagnostics: ranges
            .filter((range) => range.start < to && range.end > from)
            .map((range) => range.diagnostic),
        });
      }
    }
    offset += 1; // the newline
    return segments;
  });
}

export interface CodeEditorProps {
  code: string;
  onChange: (code: string) => void;
  /** Names the editor for assistive technology, e.g. "Edit client-credentials/fetch-token/typescript.ts". */
  label: string;
  autoFocus?: boolean;
  /** The code's language: its grammar colours the code. */
  language: PageRunnableLanguage;
  /** Type-check the code (TypeScript) as the reader types; one key per snippet. */
  typeCheckKey?: string | undefined;
  /** What Tab inserts: the original snippet's own indentation (read from it, not from edits). */
  indentation?: Indentation;
}

/** The editor; for the moment its highlighter takes to arrive, the code read-only and busy. */
export default function CodeEditor(props: CodeEditorProps) {
  const settled = useHighlighterSettled(props.language);
  if (settled) return <EditableCode {...props} />;
  return (
    <div className={styles.editor}>
      <pre className="shiki" style={{ margin: 0 }} aria-busy="true" aria-label={props.label}>
        {props.code}
      </pre>
    </div>
  );
}

function EditableCode({
  code: initial,
  onChange,
  label,
  autoFocus,
  language,
  typeCheckKey,
  indentation = { unit: 'spaces', width: 2 },
}: CodeEditorProps) {
  const editorRef = useRef<HTMLPreElement>(null);
  const [code, setCode] = useState(initial);
  const tokens = useTokens(code, languageOf(language).grammar);
  const escaped = useRef(false);
  const hintId = useId();
  const problemsId = useId();
  const typeCheck = useTypeCheck(code, typeCheckKey);
  // Underlines only for the text they were computed for: while the reader types they wait.
  const diagnostics =
    typeCheck.status === 'checked' && typeCheck.code === code ? typeCheck.diagnostics : noProblems;
  const lines = useMemo(() => segmentLines(tokens.lines, diagnostics), [tokens, diagnostics]);

  // As react-live: the parent may replace the code (Reset).
  useEffect(() => setCode(initial), [initial]);

  // As react-live: use-editable reports the text with a trailing newline. Changed: Tab indents
  // by the snippet's own step (react-live: always 2 spaces), which also sets the tab width.
  const edit = useEditable(
    editorRef,
    (text) => {
      const next = text.slice(0, -1);
      setCode(next);
      onChange(next);
    },
    { indentation: indentation.width },
  );

  // Added: focus on request.
  useEffect(() => {
    if (autoFocus) editorRef.current?.focus();
  }, [autoFocus]);

  // Added: use-editable takes in the DOM's changes on keyup (and paste) only, so text that arrives
  // without a key (dictation, drag and drop, a virtual keyboard's suggestion, an automated test's
  // insertText) would stay out of the state and be lost. Every input ends with that same flush:
  // it is a no-op when a keyup already took the change in.
  useEffect(() => {
    const editable = editorRef.current;
    if (!editable) return undefined;
    const flush = (event: Event) => {
      if ((event as InputEvent).isComposing) return;
      editable.dispatchEvent(new KeyboardEvent('keyup'));
    };
    editable.addEventListener('input', flush);
    return () => editable.removeEventListener('input', flush);
  }, []);

  // Added: Tab indents, as in any code editor; Escape then Tab leaves the editor, so the keyboard
  // is never trapped (WCAG 2.1.2). Stopping the event at the wrapper in the capture phase keeps it
  // from use-editable's handler, and the browser moves focus.
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      escaped.current = true;
      return;
    }
    if (event.key === 'Tab' && escaped.current) event.stopPropagation();
    else if (event.key === 'Tab' && !event.shiftKey && indentation.unit === '\t') {
      // Added: use-editable only indents with spaces; tab-indented code (Go) gets a tab.
      event.preventDefault();
      event.stopPropagation();
      edit.insert('\t');
    }
    escaped.current = false;
  };

  return (
    <div className={styles.editor} onKeyDownCapture={onKeyDownCapture}>
      <pre
        ref={editorRef}
        // The static code's class: custom.css colours `.shiki` and its spans by colour mode.
        className="shiki"
        style={{ margin: 0, outline: 'none', ...(tokens.rootStyle as CSSProperties) }}
        spellCheck={false}
        // Added: a named, multi-line text box for screen readers.
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        aria-describedby={typeCheckKey === undefined ? hintId : `${hintId} ${problemsId}`}
        autoCapitalize="off"
        autoCorrect="off">
        {lines.map((line, lineIndex) => (
          <span key={`line-${lineIndex}`}>
            {line.map((segment, segmentIndex) =>
              segment.diagnostics.length > 0 ? (
                <span
                  key={`segment-${segmentIndex}`}
                  style={segment.style}
                  className={
                    segment.diagnostics.some((diagnostic) => diagnostic.severity === 'error')
                      ? styles.typeError
                      : styles.typeWarning
                  }
                  title={segment.diagnostics.map((diagnostic) => diagnostic.message).join('\n')}>
                  {segment.content}
                </span>
              ) : (
                <span key={`segment-${segmentIndex}`} style={segment.style}>
                  {segment.content}
                </span>
              ),
            )}
            {'\n'}
          </span>
        ))}
      </pre>
      {typeCheckKey === undefined ? null : (
        <TypeProblems
          id={problemsId}
          state={typeCheck}
          onSelect={(diagnostic) => {
            editorRef.current?.focus();
            edit.move(Math.min(diagnostic.start, code.length));
          }}
        />
      )}
      <p id={hintId} className={styles.editorHint}>
        Tab indents. Press Escape, then Tab, to leave the editor.
      </p>
    </div>
  );
}
