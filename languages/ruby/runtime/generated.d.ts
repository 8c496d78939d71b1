/** The Ruby runtime plugin's data (languages/ruby/runtime/plugin), generated at build time. */
/* eslint-disable @typescript-eslint/consistent-type-imports -- a top-level import would turn these ambient declarations into module augmentations */
declare module '@generated/ruby-runtime/default/runtime.json' {
  const data: import('./plugin').RubyRuntimeData;
  export default data;
}
declare module '@generated/ruby-runtime/default/sources.json' {
  const data: import('./plugin').RubySourcesData;
  export default data;
}
