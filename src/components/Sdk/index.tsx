import { useMemo } from 'react';
import { languages } from '@site/languages';
import SearchOnly from '@site/src/components/SearchOnly';
import { useChosenLanguage } from '@site/src/components/useChosenLanguage';

export interface SdkProps {
  /** The reference (TypeScript) SDK's name, with `()` when the prose calls it. */
  name: string;
  /**
   * Injected at build time by remarkSdkNames (JSON: each language's name); authors write only
   * `<Sdk name="…" />`.
   */
  names?: string;
}

/**
 * An SDK name in prose, in the reader's language: `<Sdk name="refreshToken()" />` reads
 * `refresh_token()` with the Python tab chosen and `RefreshToken()` with .NET, and switches with
 * the tabs.
 */
export default function Sdk({ name, names }: SdkProps) {
  if (names === undefined) {
    throw new Error(
      `<Sdk name="${name}" /> has no names: is the sdk-names remark plugin (src/plugins/sdk-names/remarkSdkNames.ts) configured for this page's plugin?`,
    );
  }
  return <SdkName names={names} />;
}

function SdkName({ names }: { names: string }) {
  const byLanguage = useMemo(() => JSON.parse(names) as Record<string, string>, [names]);
  const language = useChosenLanguage();
  return (
    <>
      <code translate="no" data-sdk-name="">
        {byLanguage[language]}
      </code>
      <OtherNames byLanguage={byLanguage} />
    </>
  );
}

/**
 * The page's HTML has the first tab's name (.NET), and the search index is built from it: the
 * other languages' names, for the index only, let a Python reader's search for `fetch_token` land
 * on this section too.
 */
function OtherNames({ byLanguage }: { byLanguage: Record<string, string> }) {
  const shown = byLanguage[languages[0]!.key];
  const others = [...new Set(Object.values(byLanguage))].filter((name) => name !== shown);
  if (others.length === 0) return null;
  return <SearchOnly>{` ${others.join(' ')}`}</SearchOnly>;
}
