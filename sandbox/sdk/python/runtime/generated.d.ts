/** The Python runtime plugin's data (src/plugins/python-runtime), generated at build time. */
/* eslint-disable @typescript-eslint/consistent-type-imports -- a top-level import would turn these ambient declarations into module augmentations */
declare module '@generated/python-runtime/default/runtime.json' {
  const data: import('../../../../src/plugins/python-runtime').PythonRuntimeData;
  export default data;
}
declare module '@generated/python-runtime/default/sources.json' {
  const data: import('../../../../src/plugins/python-runtime').PythonSourcesData;
  export default data;
}
