/**
 * Replaces theme-classic's loader of `prism.additionalLanguages` with nothing. Every page paid for
 * it: the six languages it loaded went into main.js (~9.5 kB gzip), and with none configured its
 * `require(`prismjs/components/prism-${lang}`)` still bundles prismjs/components/index.js and
 * components.json (~10 kB gzip). Code in the seven SDK languages is highlighted by Shiki at build
 * time (<Snippet>); Prism only colours the live editor, in tsx, which prism-react-renderer has
 * built in. Measured by `npm run bench` (e2e/bench/RESULTS.md).
 */
export default function prismIncludeLanguages(): void {}
