/** The recorded-runs plugin's data (src/plugins/recorded-runs), generated at build time. */
/* eslint-disable @typescript-eslint/consistent-type-imports -- a top-level import would turn these ambient declarations into module augmentations */
declare module '@generated/recorded-runs/default/recordings.json' {
  const data: import('./index').RecordingsData;
  export default data;
}
