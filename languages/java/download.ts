import type { LanguageDownload } from '../LanguageDownload';
import { PUBLIC_CLASS } from './harness';

/** The class a snippet declares (Java wants it in a file of the same name). */
function mainClass(source: string, path: string): string {
  const name = PUBLIC_CLASS.exec(source)?.[1];
  if (name === undefined) throw new Error(`${path} declares no public class to run`);
  return name;
}

/**
 * A downloaded Java example: the snippet, unchanged, in the file its public class names, with the
 * SDK's and sandbox helper's sources in `src/main/java`. `run.sh` compiles both with `javac` and
 * runs the class, with Gson (the SDK's one dependency: Java has no JSON parser) on the class path.
 */
export const download: LanguageDownload = {
  language: 'java',
  requires:
    'a JDK 17 or later (`javac`, `java`) and Gson 2.x: Debian and Ubuntu `apt install libgoogle-gson-java`, or download `gson-2.10.1.jar` from Maven Central (https://repo1.maven.org/maven2/com/google/code/gson/gson/2.10.1/) and set `GSON_JAR` to its path',
  sdk: [{ from: 'src/main/java', to: 'src/main/java' }],
  program: (program) => [
    { path: `${mainClass(program.source, program.path)}.java`, content: program.source },
  ],
  run: (program) => {
    const name = mainClass(program.source, program.path);
    return [
      'GSON_JAR="${GSON_JAR:-/usr/share/java/gson.jar}"',
      'if [ ! -f "$GSON_JAR" ]; then',
      '  echo "Gson is not at $GSON_JAR: install it (apt install libgoogle-gson-java) or set GSON_JAR to a gson-2.x jar (see README.md)." >&2',
      '  exit 1',
      'fi',
      'rm -rf build && mkdir build',
      `javac -encoding UTF-8 --release 17 -nowarn -d build -cp "$GSON_JAR" $(find src -name '*.java') ${name}.java`,
      `exec java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -cp "build:$GSON_JAR" ${name}`,
    ];
  },
};
