/**
 * The document the consent screen shows as "the consent page as the server sent it": the HTML
 * came out of the runner's worker, where the reader's code may have written it (issue 22), so it
 * is shown under three locks, each enough on its own to keep it from loading anything:
 *
 * 1. a Content-Security-Policy `<meta>`, the first thing in the document, with `default-src
 *    'none'`: no image, style sheet, font, frame, media, prefetch or connection to any host (only
 *    inline `<style>`, which can reach nothing under that policy);
 * 2. the same policy required of the frame (`<iframe csp>`, CSP Embedded Enforcement) where the
 *    browser supports it;
 * 3. an allowlist of elements and attributes: nothing that names a URL (`src`, `srcset`, `href`,
 *    `action`, `poster`, `background`, `style`…) survives, nor `<meta>`, `<base>`, `<link>`,
 *    frames, media, SVG or scripts.
 *
 * The frame is also `sandbox=""` (no scripts, forms, popups or navigation of the page). Page side
 * only: it needs the browser's HTML parser (`DOMParser`, whose documents load nothing).
 */

export const consentPagePolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

const allowedElements = new Set(
  (
    'html head body title style main header footer section article aside nav div span p ' +
    'h1 h2 h3 h4 h5 h6 ul ol li dl dt dd strong em b i u s small mark code pre kbd samp ' +
    'br hr form fieldset legend label input button select option textarea table caption ' +
    'thead tbody tfoot tr th td blockquote q abbr time'
  ).split(' '),
);

const allowedAttributes = new Set(
  (
    'id class lang dir title name value type role for colspan rowspan disabled checked ' +
    'selected readonly placeholder method tabindex'
  ).split(' '),
);

/** `aria-*` and `data-*` describe, they never load. */
const describingAttribute = /^(aria|data)-[\w-]+$/;

/**
 * A style sheet that could name a resource (`url()`, `@import`, `image-set()`) or hide one behind
 * a CSS escape is dropped whole; the policy would refuse the request anyway.
 */
const resourceInCss = /url\s*\(|@import|image-set|@font-face|\\/i;

/** Removes what is not on the allowlists from `root`'s subtree. */
function sanitise(root: Element): void {
  for (const element of [...root.querySelectorAll('*')]) {
    const name = element.localName;
    const foreign = element.namespaceURI !== 'http://www.w3.org/1999/xhtml';
    if (foreign || !allowedElements.has(name)) {
      element.remove();
      continue;
    }
    if (name === 'style' && resourceInCss.test(element.textContent ?? '')) {
      element.remove();
      continue;
    }
    if (name === 'input' && element.getAttribute('type')?.toLowerCase() === 'image') {
      element.remove();
      continue;
    }
    for (const attribute of [...element.attributes]) {
      if (!allowedAttributes.has(attribute.name) && !describingAttribute.test(attribute.name)) {
        element.removeAttribute(attribute.name);
      }
    }
  }
}

/** `html` as a complete document for the consent frame's `srcdoc` (see the module comment). */
export function consentPageDocument(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  sanitise(parsed.documentElement);
  const quoted = consentPagePolicy.replace(/"/g, '&quot;');
  return [
    '<!doctype html><html><head>',
    `<meta http-equiv="Content-Security-Policy" content="${quoted}">`,
    '<meta charset="utf-8">',
    parsed.head.innerHTML,
    '</head><body>',
    parsed.body.innerHTML,
    '</body></html>',
  ].join('');
}
