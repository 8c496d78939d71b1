<?php

declare(strict_types=1);

require __DIR__ . '/../autoload.php';

// Test helpers: namespace SdkTests\ in this folder.
spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'SdkTests\\')) {
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen('SdkTests\\'))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
