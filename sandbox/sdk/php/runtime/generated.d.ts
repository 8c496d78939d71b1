/** The PHP runtime plugin's data (src/plugins/php-runtime), generated at build time. */
/* eslint-disable @typescript-eslint/consistent-type-imports -- a top-level import would turn these ambient declarations into module augmentations */
declare module '@generated/php-runtime/default/runtime.json' {
  const data: import('../../../../src/plugins/php-runtime').PhpRuntimeData;
  export default data;
}
declare module '@generated/php-runtime/default/sources.json' {
  const data: import('../../../../src/plugins/php-runtime').PhpSourcesData;
  export default data;
}
