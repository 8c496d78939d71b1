/** The Ruby runtime plugin's data (src/plugins/ruby-runtime), generated at build time. */
/* eslint-disable @typescript-eslint/consistent-type-imports -- a top-level import would turn these ambient declarations into module augmentations */
declare module '@generated/ruby-runtime/default/runtime.json' {
  const data: import('../../../../src/plugins/ruby-runtime').RubyRuntimeData;
  export default data;
}
declare module '@generated/ruby-runtime/default/sources.json' {
  const data: import('../../../../src/plugins/ruby-runtime').RubySourcesData;
  export default data;
}
