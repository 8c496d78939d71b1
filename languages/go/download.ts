import type { LanguageDownload } from '../LanguageDownload';

/**
 * A downloaded Go example: the snippet as `main.go` in a module whose `go.mod` uses the local
 * `sdk` and `sandbox` modules (as harness.ts's work folder does), so `go run .` needs no network.
 */
export const download: LanguageDownload = {
  language: 'go',
  requires: 'Go 1.19 or later (`go`)',
  sdk: [
    { from: 'sdk', to: 'sdk' },
    { from: 'sandbox', to: 'sandbox' },
  ],
  program: (program) => [
    { path: 'main.go', content: program.source },
    {
      path: 'go.mod',
      content: `module example

go 1.19

require (
\tsandbox v0.0.0
\tsdk v0.0.0
)

replace sdk => ./sdk

replace sandbox => ./sandbox
`,
    },
  ],
  // Local modules only (no go.sum to check, nothing to fetch); no cgo, so no C compiler needed.
  run: () => ['GOFLAGS=-mod=mod GOPROXY=off CGO_ENABLED=0 exec go run .'],
};
