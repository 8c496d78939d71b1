<?php

declare(strict_types=1);

namespace Sandbox;

use Sdk\Http\HttpRequest;
use Sdk\Http\HttpResponse;
use Sdk\Http\StreamTransport;

/**
 * The sandbox's stand-in for the user's browser, for snippets that run against the mock OAuth
 * server (`npm run mock-server`). Not part of the SDK: your app redirects a real browser instead.
 *
 * @example
 * ```php
 * $authUrl = $client->getAuthorizationCodeAuth()->buildAuthorizationUrl($state);
 * $callbackUrl = Browser::authorize($authUrl); // https://example.com/oauth/callback?code=...&state=...
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
 */
final class Browser
{
    /** @var (\Closure(ConsentForm): string)|null */
    private static ?\Closure $consentHandler = null;

    private function __construct()
    {
    }

    /**
     * @internal For the in-page runner (languages/php/runtime/): who answers consent screens
     * instead of SANDBOX_CONSENT. It gets the consent form and returns `approve` or `deny`; null
     * goes back to SANDBOX_CONSENT.
     *
     * @param (callable(ConsentForm): string)|null $handler
     */
    public static function setConsentHandler(?callable $handler): void
    {
        self::$consentHandler = $handler === null ? null : \Closure::fromCallable($handler);
    }

    /**
     * Opens the authorization URL (redirects not followed), answers the consent form with the
     * decision in the SANDBOX_CONSENT environment variable (`approve` or `deny`) and returns the
     * Location the server redirected to: the redirect URI with `code` and `state`, or with `error`.
     * An error redirect without a consent screen (e.g. invalid_scope) is returned as is.
     *
     * @throws SandboxException AUTHORIZATION_ERROR_PAGE when the server shows an error page;
     *   CONSENT_DECISION_MISSING when a consent screen appears and SANDBOX_CONSENT is unset
     * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
     */
    public static function authorize(string $url): string
    {
        if ($url === '') {
            throw new SandboxException(SandboxException::INVALID_ARGUMENT, 'Browser::authorize($url) got an empty URL: pass what buildAuthorizationUrl() returned');
        }
        $transport = new StreamTransport();
        $page = $transport->send(new HttpRequest('GET', $url, ['Accept' => 'text/html']));
        $early = self::redirectTarget($page, $url);
        if ($early !== null) {
            return $early;
        }
        if (!$page->isSuccess()) {
            self::failWithPage($page, 'the authorization request');
        }
        $form = ConsentForm::parse($page->body);
        if ($form === null || $form->action === '') {
            throw new SandboxException(
                SandboxException::UNEXPECTED_RESPONSE,
                sprintf('The authorization URL answered HTTP %d without a consent form', $page->statusCode),
                $page->statusCode,
            );
        }
        $decision = self::$consentHandler !== null ? self::answer(self::$consentHandler, $form) : self::decision();

        $fields = $form->fields;
        $fields[] = ['decision', $decision];
        $body = implode('&', array_map(static fn (array $field) => urlencode($field[0]) . '=' . urlencode($field[1]), $fields));
        $action = self::resolve($form->action, $url);
        $answer = $transport->send(new HttpRequest(
            $form->method,
            $action,
            ['Content-Type' => 'application/x-www-form-urlencoded'],
            $body,
        ));
        $target = self::redirectTarget($answer, $action);
        if ($target !== null) {
            return $target;
        }
        if (!$answer->isSuccess()) {
            self::failWithPage($answer, 'the consent form');
        }
        throw new SandboxException(
            SandboxException::UNEXPECTED_RESPONSE,
            sprintf('The consent form answered HTTP %d instead of redirecting to the client', $answer->statusCode),
            $answer->statusCode,
        );
    }

    /** The consent handler's answer, checked like SANDBOX_CONSENT's. */
    private static function answer(\Closure $handler, ConsentForm $form): string
    {
        $decision = $handler($form);
        if ($decision !== 'approve' && $decision !== 'deny') {
            throw new SandboxException(
                SandboxException::INVALID_ARGUMENT,
                sprintf('The consent handler answered %s; it must answer "approve" or "deny"', var_export($decision, true)),
            );
        }
        return $decision;
    }

    /** How the user answers the consent screen: SANDBOX_CONSENT, set by the snippet runner from meta.json. */
    private static function decision(): string
    {
        $decision = getenv('SANDBOX_CONSENT');
        if ($decision === false || $decision === '') {
            throw new SandboxException(
                SandboxException::CONSENT_DECISION_MISSING,
                'A consent screen needs an answer, but SANDBOX_CONSENT is not set: add "run": {"consent": "approve"} (or "deny") to the snippet\'s meta.json, or export SANDBOX_CONSENT=approve when running it by hand',
            );
        }
        if ($decision !== 'approve' && $decision !== 'deny') {
            throw new SandboxException(
                SandboxException::INVALID_ARGUMENT,
                sprintf('SANDBOX_CONSENT is "%s"; it must be "approve" or "deny"', $decision),
            );
        }
        return $decision;
    }

    private static function redirectTarget(HttpResponse $response, string $base): ?string
    {
        $location = $response->headers['location'] ?? null;
        if (!in_array($response->statusCode, [301, 302, 303, 307, 308], true) || $location === null) {
            return null;
        }
        return self::resolve($location, $base);
    }

    private static function failWithPage(HttpResponse $response, string $step): never
    {
        throw new SandboxException(
            SandboxException::AUTHORIZATION_ERROR_PAGE,
            sprintf(
                'The authorization server answered %s with an error page (HTTP %d) instead of redirecting: %s',
                $step,
                $response->statusCode,
                ConsentForm::pageText($response->body),
            ),
            $response->statusCode,
        );
    }

    /** Resolves a possibly relative URL (a form action, a Location) against the page's URL. */
    private static function resolve(string $url, string $base): string
    {
        if (preg_match('#^[a-z][a-z0-9+.-]*:#i', $url) === 1) {
            return $url;
        }
        $parts = parse_url($base);
        $origin = $parts['scheme'] . '://' . $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
        if (str_starts_with($url, '/')) {
            return $origin . $url;
        }
        $directory = preg_replace('#/[^/]*$#', '/', $parts['path'] ?? '/');
        return $origin . $directory . $url;
    }
}
