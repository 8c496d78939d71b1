<?php

declare(strict_types=1);

/*
 * PSR-4 autoloader for the PHP reference SDK (namespace Sdk\ in src/) and the sandbox helper
 * (namespace Sandbox\ in sandbox/). Snippets reach it through a generated vendor/autoload.php, as
 * a Composer project would; the SDK needs no Composer packages, so no vendor/ folder is committed.
 */
spl_autoload_register(static function (string $class): void {
    static $roots = [
        'Sdk\\' => __DIR__ . '/src/',
        'Sandbox\\' => __DIR__ . '/sandbox/',
    ];
    foreach ($roots as $prefix => $dir) {
        if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
            continue;
        }
        $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
        return;
    }
});
