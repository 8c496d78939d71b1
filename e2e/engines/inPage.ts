/**
 * What the engine suites run inside the page, as source text: WebDriver (classic and BiDi) hands a
 * script over as text, and a function compiled by tsx may carry helpers of its own (`__name`) that
 * the page does not have. Every script the suites evaluate sees these functions.
 *
 * Elements are found as a reader finds them, by ARIA role and accessible name (a small subset of
 * the accessible-name rules: `aria-labelledby`, `aria-label`, a `<label>`, a `<legend>`, the
 * text), and only when visible. A found element is marked with `data-engine-ref` so the driver can
 * click it with real input events by CSS selector.
 */
export const inPageHelpers = String.raw`
const roleSelectors = {
  alert: '[role="alert"]',
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  combobox: '[role="combobox"]',
  group: '[role="group"], fieldset',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  link: 'a[href], [role="link"]',
  listbox: '[role="listbox"]',
  log: '[role="log"]',
  note: '[role="note"]',
  option: '[role="option"]',
  region: '[role="region"], section[aria-label], section[aria-labelledby]',
  status: '[role="status"], output',
  tab: '[role="tab"]',
  textbox: 'input:not([type]), input[type="text"], input[type="search"], textarea, [role="textbox"], [role="combobox"]',
};
// Docusaurus puts a zero-width space in each heading's anchor link.
const squash = (text) => (text || '').replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
function accessibleName(element) {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return squash(labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent).join(' '));
  }
  const label = element.getAttribute('aria-label');
  if (label) return squash(label);
  if (element.labels && element.labels.length > 0) return squash(element.labels[0].textContent);
  if (element.tagName === 'FIELDSET') return squash(element.querySelector('legend')?.textContent);
  if (element.tagName === 'INPUT') return squash(element.getAttribute('placeholder') || element.value);
  return squash(element.textContent || element.getAttribute('title'));
}
function isVisible(element) {
  if (element.closest('[hidden]')) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && style.display !== 'none' && element.getClientRects().length > 0;
}
function matchesName(element, name) {
  if (name === undefined || name === null) return true;
  const actual = accessibleName(element);
  return typeof name === 'string' ? actual === name : new RegExp(name.pattern, name.flags).test(actual);
}
function scopeOf(within) {
  if (!within) return document;
  return document.querySelector(within);
}
function findAll(role, name, within) {
  const scope = scopeOf(within);
  if (!scope) return [];
  return [...scope.querySelectorAll(roleSelectors[role])].filter(
    (element) => isVisible(element) && matchesName(element, name),
  );
}
let engineRefs = Number(document.documentElement.dataset.engineRefs || 0);
function mark(element) {
  if (!element.dataset.engineRef) {
    engineRefs += 1;
    document.documentElement.dataset.engineRefs = String(engineRefs);
    element.dataset.engineRef = String(engineRefs);
  }
  return '[data-engine-ref="' + element.dataset.engineRef + '"]';
}
`;
