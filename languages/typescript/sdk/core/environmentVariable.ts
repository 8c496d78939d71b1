/**
 * A variable of the process's environment where there is one (Node: a script run against `npm run
 * mock-server`, as every language's SDK is); undefined in a browser and its workers, which have no
 * `process` (the page's runner). Empty counts as unset.
 *
 * @param scope - where to look for `process`; the global scope, except in tests.
 */
export function environmentVariable(name: string, scope: object = globalThis): string | undefined {
  const environment = (scope as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const value = environment?.[name];
  return value === '' ? undefined : value;
}
