#!/bin/sh
# Builds the SDK, the sandbox helper and their NUnit tests into $1 (default: a new temporary
# folder) and runs the tests. Tests that need the mock server run when MOCK_SERVER_URL is set
# (`npm run mock-server` prints it) and are ignored otherwise.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$(mktemp -d)}
nunit=/usr/lib/cli
sh "$here/build.sh" "$out"
mcs -target:library -debug -nologo -out:"$out/SdkTests.dll" \
  -r:"$out/Sdk.dll" -r:"$out/Sandbox.dll" -r:System.Net.Http -r:System.Web \
  -r:"$nunit/nunit.framework-2.6.3/nunit.framework.dll" \
  $(find "$here/Tests" -name '*.cs' ! -name RunTests.cs | sort)
mcs -nologo -out:"$out/RunTests.exe" \
  -r:"$nunit/nunit-console-runner-2.6.3/nunit-console-runner.dll" "$here/Tests/RunTests.cs"
cp "$nunit/nunit.framework-2.6.3/nunit.framework.dll" "$out/"
export MONO_PATH="$nunit/nunit-console-runner-2.6.3:$nunit/nunit.core-2.6.3:$nunit/nunit.core.interfaces-2.6.3:$nunit/nunit.util-2.6.3:$nunit/nunit.framework-2.6.3"
cd "$out"
exec mono --debug RunTests.exe SdkTests.dll -nologo -labels -noresult -nothread
