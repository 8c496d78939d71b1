import { useTabsContextValue } from '@docusaurus/theme-common/internal';
import { languages, tabsGroupId, type LanguageKey } from '@site/languages';

const values = languages.map(({ key, label }) => ({ value: key, label }));

/**
 * The language the reader chose in the snippet tabs: the same group (`sdk`), stored choice and
 * `?sdk=` link as every LanguageTabs, read the way the tabs read it, so prose and code switch in
 * the same update. The first render (server and hydration) is the default tab's, as the tabs'
 * is; the stored or linked choice follows in a layout effect, before the browser paints.
 */
export function useChosenLanguage(): LanguageKey {
  const { selectedValue } = useTabsContextValue({
    values,
    groupId: tabsGroupId,
    queryString: tabsGroupId,
    children: null,
  });
  return (selectedValue ?? values[0]!.value) as LanguageKey;
}
