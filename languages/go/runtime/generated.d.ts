/** The Go runtime plugin's data (languages/go/runtime/plugin), generated at build time. */
/* eslint-disable @typescript-eslint/consistent-type-imports -- a top-level import would turn these ambient declarations into module augmentations */
declare module '@generated/go-runtime/default/runtime.json' {
  const data: import('./plugin').GoRuntimeData;
  export default data;
}
declare module '@generated/go-runtime/default/sources.json' {
  const data: import('./plugin').GoSourcesData;
  export default data;
}
