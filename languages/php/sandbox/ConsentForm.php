<?php

declare(strict_types=1);

namespace Sandbox;

/**
 * @internal The consent page's form as the sandbox browser submits it: where, how, and the
 * hidden fields (the authorization request's parameters). Parsed with DOMDocument, as a browser
 * would read the HTML, never with string matching.
 */
final class ConsentForm
{
    /**
     * @param list<array{0: string, 1: string}> $fields hidden inputs, in page order
     * @param array<string, string> $data the form's data-* attributes without the prefix
     *   (`client-id`, `client-name`, `redirect-uri`, `scope`): what the consent screen shows
     */
    private function __construct(
        public readonly string $action,
        public readonly string $method,
        public readonly array $fields,
        public readonly array $data = [],
    ) {
    }

    /** The first form of the page, or null when the page has none. */
    public static function parse(string $html): ?self
    {
        $document = self::load($html);
        $form = $document->getElementsByTagName('form')->item(0);
        if (!$form instanceof \DOMElement) {
            return null;
        }
        $fields = [];
        foreach ($form->getElementsByTagName('input') as $input) {
            if (strtolower($input->getAttribute('type')) === 'hidden' && $input->getAttribute('name') !== '') {
                $fields[] = [$input->getAttribute('name'), $input->getAttribute('value')];
            }
        }
        $data = [];
        foreach ($form->attributes as $attribute) {
            if (str_starts_with($attribute->nodeName, 'data-')) {
                $data[substr($attribute->nodeName, 5)] = $attribute->nodeValue ?? '';
            }
        }
        return new self(
            $form->getAttribute('action'),
            strtoupper($form->getAttribute('method') ?: 'GET'),
            $fields,
            $data,
        );
    }

    /** The visible text of an error page, squeezed to one line, for an exception message. */
    public static function pageText(string $html): string
    {
        $body = self::load($html)->getElementsByTagName('body')->item(0);
        $text = $body === null ? strip_tags($html) : $body->textContent;
        return trim((string) preg_replace('/\s+/', ' ', $text));
    }

    private static function load(string $html): \DOMDocument
    {
        $document = new \DOMDocument();
        // HTML5 tags are unknown to libxml's HTML 4 parser: keep its warnings out of the output.
        $previous = libxml_use_internal_errors(true);
        $document->loadHTML('<?xml encoding="UTF-8">' . $html);
        libxml_clear_errors();
        libxml_use_internal_errors($previous);
        return $document;
    }
}
