/** Node's own `import()` of `specifier`, untouched by jiti (see importEsm.cjs). */
declare function importEsm<T>(specifier: string): Promise<T>;
export = importEsm;
