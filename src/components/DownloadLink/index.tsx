import { languageOf } from '@site/languages';
import copyButtonStyles from '@site/src/components/CopyButton/styles.module.css';
import { downloadNameOf, downloadPathOf } from '@site/src/plugins/downloads/downloadPathOf';

/**
 * Download: the snippet in `language` as a project that runs on the reader's machine (the
 * program, the reference SDK, `run.sh`, a README), a zip written at build time. A plain link: the
 * page carries no zip code, and the browser fetches the file only on click. Styled as the panel's
 * other header buttons (CopyButton's).
 */
export default function DownloadLink({
  snippetId,
  language,
}: {
  snippetId: string;
  language: string;
}) {
  const label = `Download ${snippetId} as a runnable ${languageOf(language).label} project (zip)`;
  return (
    <a
      className={copyButtonStyles.button}
      href={downloadPathOf(snippetId, language)}
      download={`${downloadNameOf(snippetId, language)}.zip`}
      aria-label={label}
      title={label}>
      Download
    </a>
  );
}
