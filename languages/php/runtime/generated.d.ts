/** The PHP runtime plugin's data (languages/php/runtime/plugin), generated at build time. */
/* eslint-disable @typescript-eslint/consistent-type-imports -- a top-level import would turn these ambient declarations into module augmentations */
declare module '@generated/php-runtime/default/runtime.json' {
  const data: import('./plugin').PhpRuntimeData;
  export default data;
}
declare module '@generated/php-runtime/default/sources.json' {
  const data: import('./plugin').PhpSourcesData;
  export default data;
}
