/**
 * Points Go code's `import "errors"` at the runtime's own `errors` package (`errorz/`, served as
 * import path `errorz`): Yaegi's compiled `errors.As` panics on error types declared in
 * interpreted code (traefik/yaegi#1345, #1716), which is every SDK error type. The path has the
 * length of `errors`, so every line and column stays; the package is still named `errors`.
 */
const errorsImport = /^(\s*(?:import\s+)?(?:[A-Za-z_]\w*\s+)?)"errors"(\s*(?:\/\/.*)?)$/gm;

export const interpretedErrorsPath = 'errorz';

export function useInterpretedErrors(source: string): string {
  return source.replace(errorsImport, `$1"${interpretedErrorsPath}"$2`);
}
