/*
 * A native `import()` of an ESM-only package, for code Docusaurus loads with jiti: jiti rewrites
 * `import()` in the files it loads into `require()`, which an ESM-only package (`@mdx-js/mdx`'s
 * `estree-walker`) refuses with ERR_PACKAGE_PATH_NOT_EXPORTED. jiti requires a `.cjs` file
 * natively, untouched, so the `import()` here is Node's own.
 */
module.exports = (specifier) => import(specifier);
