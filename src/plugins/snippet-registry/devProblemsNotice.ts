/**
 * Development only (`npm start`; see getClientModules in index.ts): shows the snippet registry's
 * problems in the page, since a writer watches the browser, not the terminal. Without it, a
 * broken meta.json leaves the page showing the snippet's last good version without a word.
 * The plugin's global data changes on every registry reload, which reloads this module.
 */
import globalData from '@generated/globalData';
import type { DevGlobalData } from './index';

const noticeId = 'snippet-registry-problems';

function problems(): DevGlobalData['problems'] {
  const data = globalData['snippet-registry']?.default as DevGlobalData | undefined;
  return data?.problems ?? [];
}

function render(): void {
  document.getElementById(noticeId)?.remove();
  const list = problems();
  if (list.length === 0) return;
  const notice = document.createElement('section');
  notice.id = noticeId;
  notice.setAttribute('role', 'alert');
  notice.setAttribute('aria-label', 'Snippet registry problems');
  Object.assign(notice.style, {
    position: 'fixed',
    insetInline: '1rem',
    bottom: '1rem',
    zIndex: '1000',
    maxHeight: '40vh',
    overflow: 'auto',
    padding: '0.75rem 1rem',
    border: '2px solid #d32f2f',
    borderRadius: '6px',
    background: '#fff5f5',
    color: '#5f1212',
    font: '14px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace',
    boxShadow: '0 4px 16px rgba(0, 0, 0, 0.25)',
  } satisfies Partial<CSSStyleDeclaration>);
  const heading = document.createElement('strong');
  heading.textContent =
    `The snippet registry has ${list.length} problem${list.length === 1 ? '' : 's'}: ` +
    'pages show the last version of these snippets that loaded. Fix the files and save ' +
    '(npm run check-snippets runs every check).';
  const items = document.createElement('ul');
  items.style.margin = '0.5rem 0 0';
  for (const problem of list) {
    const item = document.createElement('li');
    item.textContent = `${problem.file}: ${problem.message}`;
    items.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Hide';
  close.style.float = 'right';
  close.addEventListener('click', () => notice.remove());
  notice.append(close, heading, items);
  document.body.append(notice);
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', render, { once: true });
  } else {
    render();
  }
}
