"""Compiles Python files without running or caching them; prints one JSON problem per line.

Used by harness.ts to "compile once" every snippet and SDK file in one interpreter run:
    python3 tools/compile_all.py FILE...
Each problem: {"file": ..., "line": n, "column": n, "message": ...}. Exit status 0 either way.
"""

import json
import sys


def main(files):
    for file in files:
        try:
            with open(file, encoding="utf-8") as handle:
                source = handle.read()
            compile(source, file, "exec", dont_inherit=True)
        except SyntaxError as error:
            print(
                json.dumps(
                    {
                        "file": file,
                        "line": error.lineno,
                        "column": error.offset,
                        "message": f"Python {type(error).__name__}: {error.msg}",
                    }
                )
            )
        except (OSError, UnicodeDecodeError, ValueError) as error:
            print(json.dumps({"file": file, "line": None, "column": None, "message": str(error)}))


if __name__ == "__main__":
    main(sys.argv[1:])
