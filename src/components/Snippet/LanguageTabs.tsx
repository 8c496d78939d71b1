import { memo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useScrollPositionBlocker, useTabsContextValue } from '@docusaurus/theme-common/internal';
import {
  PanelVisibilityContext,
  panelVisibility,
} from '@site/src/components/CodePanel/panelVisibility';
import styles from './styles.module.css';

export interface LanguageTab {
  value: string;
  label: string;
  /** The panel's content; keep the same element between renders so a tab switch re-renders none. */
  content: ReactNode;
}

/**
 * Docusaurus' Tabs, same markup, classes, sync and keyboard (the `groupId` storage slot shared by
 * every tab group, `?sdk=` in the URL, ←/→ between tabs, Enter to choose), minus the remount.
 *
 * The stock Tabs remount their whole subtree right after hydration (`key={String(isBrowser)}`, a
 * workaround for facebook/docusaurus#5653): on a page with 13 snippets that threw away the 91
 * hydrated code panels and built them again, with every language's highlighted HTML parsed a
 * second time, in one long task. Here the first client render selects the same tab as the server
 * HTML (so hydration matches) and the stored or linked choice is applied by the layout effect of
 * `useTabsContextValue`, as an ordinary update that flips `hidden` and `aria-selected` and shows
 * the chosen panel's code.
 */
export default function LanguageTabs({
  tabs,
  groupId,
  className,
  onTabIntent,
}: {
  tabs: readonly LanguageTab[];
  groupId: string;
  className?: string;
  /** The reader points at, focuses or chooses a tab: a head start on what it shows. */
  onTabIntent?: (value: string) => void;
}) {
  const values = useRef(tabs.map(({ value, label }) => ({ value, label }))).current;
  const { selectedValue, selectValue } = useTabsContextValue({
    values,
    groupId,
    queryString: groupId,
    children: null,
  });
  // The tab the server's HTML shows (the first render's, on the server and while hydrating): the
  // other panels' code starts inert (see panelVisibility.ts) and enters the page when shown.
  const [firstValue] = useState(selectedValue);
  return (
    <div className={clsx(ThemeClassNames.tabs.container, 'tabs-container', styles.tabsContainer)}>
      <TabList
        tabs={values}
        selectedValue={selectedValue}
        selectValue={selectValue}
        className={className}
        onTabIntent={onTabIntent}
      />
      <div className="margin-top--md">
        {tabs.map(({ value, content }) => (
          <div
            key={value}
            role="tabpanel"
            className={styles.tabPanel}
            hidden={value !== selectedValue}>
            <PanelVisibilityContext.Provider
              value={
                value === firstValue
                  ? value === selectedValue
                    ? panelVisibility.shown
                    : panelVisibility.hidden
                  : value === selectedValue
                    ? panelVisibility.deferredShown
                    : panelVisibility.deferredHidden
              }>
              {content}
            </PanelVisibilityContext.Provider>
          </div>
        ))}
      </div>
    </div>
  );
}

const TabList = memo(function TabList({
  tabs,
  selectedValue,
  selectValue,
  className,
  onTabIntent,
}: {
  tabs: readonly { value: string; label: string }[];
  selectedValue: string | null | undefined;
  selectValue: (value: string) => void;
  className?: string;
  onTabIntent?: ((value: string) => void) | undefined;
}) {
  const tabRefs = useRef<(HTMLLIElement | null)[]>([]);
  const { blockElementScrollPositionUntilNextRender } = useScrollPositionBlocker();
  const choose = (tab: HTMLLIElement, value: string) => {
    onTabIntent?.(value);
    if (value === selectedValue) return;
    // Keeps the chosen tab where it is on screen while the panels above it change height.
    blockElementScrollPositionUntilNextRender(tab);
    selectValue(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number, value: string) => {
    const count = tabs.length;
    if (event.key === 'Enter') choose(event.currentTarget, value);
    else if (event.key === 'ArrowRight') tabRefs.current[(index + 1) % count]?.focus();
    else if (event.key === 'ArrowLeft') tabRefs.current[(index - 1 + count) % count]?.focus();
  };
  return (
    <ul role="tablist" aria-orientation="horizontal" className={clsx('tabs', className)}>
      {tabs.map(({ value, label }, index) => (
        <li
          key={value}
          role="tab"
          tabIndex={selectedValue === value ? 0 : -1}
          aria-selected={selectedValue === value}
          ref={(element) => {
            tabRefs.current[index] = element;
          }}
          onPointerEnter={() => onTabIntent?.(value)}
          onFocus={() => onTabIntent?.(value)}
          onKeyDown={(event) => onKeyDown(event, index, value)}
          onClick={(event) => choose(event.currentTarget, value)}
          className={clsx('tabs__item', styles.tabItem, {
            'tabs__item--active': selectedValue === value,
          })}>
          {label}
        </li>
      ))}
    </ul>
  );
});
