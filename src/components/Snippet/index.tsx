import { useMemo } from 'react';
import LiveRunner from '@site/src/components/LiveRunner';
import RecordedRun from '@site/src/components/RecordedRun';
import { prewarmForTab } from '@site/src/components/LiveRunner/usePrewarm';
import { languages, tabsGroupId } from '@site/languages';
import type { PageSnippetData, SnippetData } from '@site/src/plugins/snippet-registry';
import { useSnippetData } from './useSnippetData';
import LanguageTabs from './LanguageTabs';
import styles from './styles.module.css';

export interface SnippetProps {
  id: string;
  /**
   * Injected at build time by remarkSnippets; authors write only `<Snippet id="…" />`. The full
   * data when rendering on the server, the slim page data in the browser.
   */
  data?: SnippetData | PageSnippetData;
}

/**
 * One operation in seven languages. The language choice is one group (`sdk`) for every snippet on
 * every page: synced, persisted, and carried in the URL as `?sdk=python`.
 */
export default function Snippet({ id, data }: SnippetProps) {
  if (data === undefined) {
    throw new Error(
      `<Snippet id="${id}" /> has no data: is the snippet-registry remark plugin configured for this page's plugin?`,
    );
  }
  return <SnippetTabs id={id} data={data} />;
}

function SnippetTabs({ id, data: pageData }: { id: string; data: SnippetData | PageSnippetData }) {
  const data = useSnippetData(id, pageData);
  // Made once per data: choosing a tab re-renders the tab list and the panels' `hidden`, not the
  // code panels or runners inside them.
  const tabs = useMemo(
    () =>
      languages.map((language) => {
        const file = data.files[language.key];
        const fileName = `${id}/${file.fileName}`;
        return {
          value: language.key,
          label: language.label,
          content: language.runsInPage ? (
            <LiveRunner snippet={data} language={language.key} fileName={fileName} />
          ) : (
            <RecordedRun snippet={data} language={language.key} fileName={fileName} />
          ),
        };
      }),
    [id, data],
  );
  return (
    <figure className={styles.snippet} aria-label={data.title} data-snippet-id={id}>
      <LanguageTabs
        tabs={tabs}
        groupId={tabsGroupId}
        className={styles.tabs}
        onTabIntent={prewarmForTab}
      />
      <figcaption className={styles.caption}>{data.description}</figcaption>
    </figure>
  );
}
