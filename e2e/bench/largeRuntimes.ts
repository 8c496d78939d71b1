import { hasLargeDownload, languageOf, pageRunnableLanguages } from '../../languages';

/** An in-page language whose runtime is a large download, fetched only on the reader's intent. */
export interface LargeRuntime {
  key: string;
  /** Its tab's label, e.g. "Python". */
  label: string;
  /** The site folder its runtime's files are served under, e.g. "pyodide" (`/pyodide/<version>-<hash>/`). */
  folder: string;
  /**
   * Site paths of the runtime's files: its folder, and its worker chunk (`<key>-runner-worker`,
   * named by the language's runtime). Not the `<key>-runtime` chunk: that small chunk describes
   * the runtime (its download's label and progress) and may load when the tab shows.
   */
  path: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every language whose traits say `runsInPage && largeDownload` (languages/index.ts), in tab order,
 * with the folder its build plugin serves the runtime under: read from the plugin's own
 * `servedFolder` (`languages/<key>/runtime/plugin/servedFolder.ts`), so the bench and the build
 * cannot disagree and a new language needs no change here.
 */
export async function largeRuntimes(): Promise<LargeRuntime[]> {
  return Promise.all(
    pageRunnableLanguages.filter(hasLargeDownload).map(async (key) => {
      const { servedFolder } = (await import(
        `../../languages/${key}/runtime/plugin/servedFolder`
      )) as { servedFolder: string };
      return {
        key,
        label: languageOf(key).label,
        folder: servedFolder,
        path: new RegExp(`^/${escape(servedFolder)}/|/${escape(key)}-runner`),
      };
    }),
  );
}

/** Matches a site path of any of `runtimes`' files; matches nothing when there are none. */
export function anyRuntimePath(runtimes: readonly LargeRuntime[]): RegExp {
  return runtimes.length
    ? new RegExp(runtimes.map((runtime) => runtime.path.source).join('|'))
    : /(?!)/;
}
