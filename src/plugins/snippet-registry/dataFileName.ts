/**
 * The file name of a snippet's build-time data module: `client-credentials/fetch-token` →
 * `client-credentials__fetch-token.json`. One rule for the plugin that writes it, the remark plugin
 * that imports it, and the browser code that loads it lazily (so no Node imports here).
 */
export const dataFileName = (id: string) => `${id.replace('/', '__')}.json`;
