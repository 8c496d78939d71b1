/**
 * Wraps the CodeBlock (not ejected):
 * - ```ts live / ```typescript live → the live TypeScript runner, the same as a snippet's tab;
 * - any other ``` live block → @docusaurus/theme-live-codeblock's playground, loaded lazily (as
 *   shipped it would put react-live and its transpiler on every page);
 * - everything else → the classic theme's CodeBlock, unchanged.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { useLocation } from '@docusaurus/router';
import type { Props } from '@theme/CodeBlock';
// @theme-init: the classic theme's CodeBlock, before theme-live-codeblock wrapped it.
import ClassicCodeBlock from '@theme-init/CodeBlock';
import { RunnableCode } from '@site/src/components/LiveRunner';
import styles from './styles.module.css';

// @theme-original: theme-live-codeblock's wrapper, which renders its react-live Playground.
const LivePlayground = lazy(() => import('@theme-original/CodeBlock'));

type CodeBlockProps = Props & { live?: boolean };

const typescriptLanguages = new Set(['ts', 'typescript', 'tsx']);

function languageOf(props: CodeBlockProps): string | undefined {
  if (props.language) return props.language;
  return /(?:^|\s)language-(\S+)/.exec(props.className ?? '')?.[1];
}

/** Same string → same key, so edits to a live block survive a reload. */
function hash(text: string): string {
  let value = 5381;
  for (let index = 0; index < text.length; index++) {
    value = ((value << 5) + value + text.charCodeAt(index)) | 0;
  }
  return (value >>> 0).toString(36);
}

function titleOf(props: CodeBlockProps): string | undefined {
  if (typeof props.title === 'string') return props.title;
  return /(?:^|\s)title=(["'])(.*?)\1/.exec(props.metastring ?? '')?.[2];
}

function LiveTypeScript(props: CodeBlockProps & { children: string }) {
  const { pathname } = useLocation();
  const source = props.children.replace(/\n$/, '');
  const title = titleOf(props);
  const fileName = title ?? 'example.ts';
  const classicProps = { ...props, live: undefined };
  return (
    <RunnableCode
      storageKey={`${pathname}#${hash(source)}`}
      fileName={fileName}
      source={source}
      renderStatic={(actions) => (
        <div className={styles.liveBlock}>
          <div className={styles.toolbar}>
            <span className={styles.fileName}>{fileName}</span>
            <span className={styles.actions}>{actions}</span>
          </div>
          <ClassicCodeBlock {...classicProps} title={undefined} metastring={undefined}>
            {source}
          </ClassicCodeBlock>
        </div>
      )}
    />
  );
}

export default function CodeBlock(props: CodeBlockProps) {
  const isLive =
    Boolean(props.live) && (props.children === undefined || typeof props.children === 'string');
  if (!isLive) return <ClassicCodeBlock {...props} />;
  const language = languageOf(props);
  if (language && typescriptLanguages.has(language) && typeof props.children === 'string') {
    return <LiveTypeScript {...props} children={props.children} />;
  }
  return (
    <Suspense fallback={<ClassicCodeBlock {...props} />}>
      <LivePlayground {...(props as ComponentProps<typeof LivePlayground>)} />
    </Suspense>
  );
}
