<?php

declare(strict_types=1);

/*
 * Parses every PHP file named on the command line in one process (PHP 8.2's `php -l` checks one
 * file per run) and prints one JSON line per syntax error: {"file", "line", "message"}.
 * Exit status 1 when any file has one. Used by harness.ts to "compile" all snippets at once.
 */
$failed = false;
foreach (array_slice($argv, 1) as $file) {
    $source = file_get_contents($file);
    if ($source === false) {
        echo json_encode(['file' => $file, 'line' => null, 'message' => 'cannot read the file']), "\n";
        $failed = true;
        continue;
    }
    try {
        token_get_all($source, TOKEN_PARSE);
    } catch (\ParseError $e) {
        echo json_encode(['file' => $file, 'line' => $e->getLine(), 'message' => $e->getMessage()]), "\n";
        $failed = true;
    }
}
exit($failed ? 1 : 0);
