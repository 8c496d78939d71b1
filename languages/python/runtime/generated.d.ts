/** The Python runtime plugin's data (languages/python/runtime/plugin), generated at build time. */
/* eslint-disable @typescript-eslint/consistent-type-imports -- a top-level import would turn these ambient declarations into module augmentations */
declare module '@generated/python-runtime/default/runtime.json' {
  const data: import('./plugin').PythonRuntimeData;
  export default data;
}
declare module '@generated/python-runtime/default/sources.json' {
  const data: import('./plugin').PythonSourcesData;
  export default data;
}
