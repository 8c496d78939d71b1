/** A module loaded on first demand: one download shared by every caller, retried after a failure. */
export interface LazyModule<Module> {
  load(): Promise<Module>;
  /** The module if it has arrived. */
  loaded(): Module | undefined;
}

export function lazyModule<Module>(importer: () => Promise<Module>): LazyModule<Module> {
  let loading: Promise<Module> | undefined;
  let loaded: Module | undefined;
  return {
    load() {
      loading ??= importer().then(
        (module) => {
          loaded = module;
          return module;
        },
        (error: unknown) => {
          // Let a later intent retry (e.g. after a flaky network).
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => loaded,
  };
}
