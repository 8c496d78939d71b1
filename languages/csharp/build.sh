#!/bin/sh
# Compiles the C# reference SDK (Sdk.dll) and the sandbox helper (Sandbox.dll) into the folder
# given as $1, with debug symbols so stack traces name files and lines (`mono --debug`).
# Used by harness.ts (snippet checks) and run-tests.sh (unit tests); errors come out in mcs's
# `file(line,col): error CSnnnn: message` form.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: build.sh <output folder>}
mkdir -p "$out"
mcs -target:library -debug -nologo -out:"$out/Sdk.dll" \
  -r:System.Net.Http -r:System.Json -r:System.Runtime.Serialization \
  $(find "$here/Sdk" -name '*.cs' | sort)
mcs -target:library -debug -nologo -out:"$out/Sandbox.dll" \
  -r:"$out/Sdk.dll" -r:System.Net.Http \
  $(find "$here/Sandbox" -name '*.cs' | sort)
