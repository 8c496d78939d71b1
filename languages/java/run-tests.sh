#!/bin/sh
# The Java SDK's unit tests: compiles the SDK, the sandbox helper and the JUnit 5 tests into
# $1 (a scratch folder; default: a new temporary one), then runs them with the JUnit console
# launcher. Tests that need the HTTP mock server read MOCK_SERVER_URL (npm run mock-server).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=${1:-$(mktemp -d)}
gson=/usr/share/java/gson.jar
junit=/usr/share/java/junit-platform-console-standalone.jar
mkdir -p "$work/test-classes"
find "$here/src/main/java" "$here/src/test/java" -name '*.java' > "$work/test-sources.txt"
javac -encoding UTF-8 --release 17 -nowarn -d "$work/test-classes" -cp "$gson:$junit" @"$work/test-sources.txt"
exec java -Dfile.encoding=UTF-8 -jar "$junit" --disable-banner --disable-ansi-colors --details=tree \
  --class-path "$work/test-classes:$gson" --select-package com.example
