/**
 * Wraps @easyops-cn/docusaurus-search-local's search bar so that its code loads on intent, not
 * with every page. Its module statically imports lunr (through the generated constants) and
 * mark.js, ≈ 12 kB gzip that went into main.js. Until the reader points at the box, focuses it,
 * presses Ctrl/Cmd+K or arrives from a search result (`?_highlight=`), a look-alike input stands
 * in; then the real bar loads, takes over what was typed and the focus, and fetches the index.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import { fixListboxAria } from './fixListboxAria';
import styles from './styles.module.css';

const OriginalSearchBar = lazy(() => import('@theme-original/SearchBar'));

function isMac(): boolean {
  return /mac|iphone|ipad|ipod/i.test(navigator.platform || navigator.userAgent);
}

interface StandInProps {
  onIntent: (focus: boolean) => void;
  hints: string[] | undefined;
}

/** Looks like the real bar (Infima's navbar search input, the same icon and hint). */
function StandIn({ onIntent, hints }: StandInProps) {
  return (
    <div className={clsx('navbar__search', styles.container)} dir="ltr" data-search-stand-in="">
      <svg aria-hidden="true" className={styles.icon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        placeholder="Search"
        aria-label="Search"
        className={clsx('navbar__search-input', styles.input)}
        onPointerEnter={() => onIntent(false)}
        onFocus={() => onIntent(true)}
      />
      {hints ? (
        <div className={styles.hints}>
          {hints.map((hint) => (
            <kbd key={hint} className={styles.hint}>
              {hint}
            </kbd>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/**
 * Puts text typed into the stand-in into the real input once autocomplete.js has taken the input
 * over (it makes it a combobox after the index loads): the bar clears its input when it mounts.
 */
function carryOver(input: HTMLInputElement, text: string) {
  const apply = () => {
    // Keys pressed after the real input took the focus went into it: they come after the text.
    const value = text + input.value;
    // Through the native setter and an input event, so React and autocomplete.js both see it.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  if (input.getAttribute('role') === 'combobox') {
    apply();
    return;
  }
  const observer = new MutationObserver(() => {
    if (input.getAttribute('role') !== 'combobox') return;
    observer.disconnect();
    apply();
  });
  observer.observe(input, { attributes: true, attributeFilter: ['role'] });
}

/** Tells the wrapper, before the first paint, that the real bar is in the page. */
function Loaded({
  onMounted,
  ...props
}: ComponentProps<typeof OriginalSearchBar> & { onMounted: () => (() => void) | undefined }) {
  useLayoutEffect(onMounted, [onMounted]);
  return <OriginalSearchBar {...props} />;
}

export default function SearchBar(props: ComponentProps<typeof OriginalSearchBar>): ReactNode {
  const [wanted, setWanted] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [hints, setHints] = useState<string[]>();
  const container = useRef<HTMLDivElement>(null);
  const focusWhenLoaded = useRef(false);

  const load = useCallback((focus: boolean) => {
    if (focus) focusWhenLoaded.current = true;
    setWanted(true);
  }, []);

  useEffect(() => {
    // After hydration only: the hint depends on the platform, as in the original bar.
    setHints(isMac() ? ['⌘', 'K'] : ['ctrl', 'K']);
    // A result link carries the words to mark on the page; the original bar marks them.
    if (new URLSearchParams(window.location.search).has('_highlight')) setWanted(true);
  }, []);

  useEffect(() => {
    if (wanted) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        load(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [wanted, load]);

  // The real bar's input takes over the stand-in's text and focus, then the stand-in goes.
  const onMounted = useCallback(() => {
    const stopFixing = container.current ? fixListboxAria(container.current) : undefined;
    const inputs = container.current?.querySelectorAll<HTMLInputElement>(
      'input.navbar__search-input',
    );
    const standIn = container.current?.querySelector<HTMLInputElement>(
      '[data-search-stand-in] input',
    );
    const real = [...(inputs ?? [])].find((input) => input !== standIn);
    if (real && standIn) {
      if (standIn.value) carryOver(real, standIn.value);
      if (focusWhenLoaded.current || document.activeElement === standIn) real.focus();
    }
    setLoaded(true);
    return stopFixing;
  }, []);

  return (
    <div ref={container} className={styles.contents}>
      {wanted ? (
        <Suspense fallback={null}>
          <Loaded {...props} onMounted={onMounted} />
        </Suspense>
      ) : null}
      {loaded ? null : <StandIn onIntent={load} hints={hints} />}
    </div>
  );
}
