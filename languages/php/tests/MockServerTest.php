<?php

declare(strict_types=1);

namespace SdkTests;

use PHPUnit\Framework\TestCase;
use Sandbox\Browser;
use Sandbox\Clock;
use Sandbox\ConsentForm;
use Sandbox\SandboxException;
use Sdk\Core\Time;
use Sdk\Exceptions\OAuthProviderException;
use Sdk\Http\HttpRequest;
use Sdk\Http\StreamTransport;
use Sdk\SdkClient;
use Sdk\SdkClientBuilder;
use SdkTests\Support\Clients;

/**
 * The SDK and the sandbox helper against the HTTP mock server (`npm run mock-server`), found
 * through MOCK_SERVER_URL; skipped when it is unset. Each test starts from a reset server.
 */
final class MockServerTest extends TestCase
{
    private string $server;
    /** @var array<string, string|false> */
    private array $savedEnvironment = [];

    protected function setUp(): void
    {
        $server = getenv('MOCK_SERVER_URL');
        if ($server === false || $server === '') {
            self::markTestSkipped('MOCK_SERVER_URL is not set: start `npm run mock-server -- --port 4103` and export MOCK_SERVER_URL=http://127.0.0.1:4103');
        }
        $this->server = rtrim($server, '/');
        foreach (['SDK_AUTH_SERVER_URL' => '/auth', 'SDK_API_BASE_URL' => '/api/v1', 'SANDBOX_CONSENT' => null] as $name => $path) {
            $this->savedEnvironment[$name] = getenv($name);
            putenv($path === null ? $name : "$name={$this->server}$path");
        }
        $this->control('POST', '/__control/reset');
    }

    protected function tearDown(): void
    {
        foreach ($this->savedEnvironment as $name => $value) {
            putenv($value === false ? $name : "$name=$value");
        }
        Time::reset();
        Browser::setConsentHandler(null);
        Clock::setAdvanceHandler(null);
        if (isset($this->server)) {
            $this->control('POST', '/__control/reset');
        }
    }

    /** @test */
    public function a_client_credentials_call_gets_a_token_and_reads_the_clients_own_profile(): void
    {
        $profile = Clients::clientCredentials()->getUserController()->getProfile();

        self::assertSame(200, $profile->getStatusCode());
        self::assertSame('client', $profile->getResult()->getKind());
    }

    /** @test */
    public function a_wrong_secret_is_reported_as_invalid_client_without_the_secret_in_the_message(): void
    {
        try {
            Clients::clientCredentials(null, 'revoked-secret')->getItemsController()->listItems();
            self::fail('listItems() should have thrown');
        } catch (OAuthProviderException $e) {
            self::assertSame('invalid_client', $e->getError());
            self::assertStringNotContainsString('revoked-secret', $e->getMessage());
        }
    }

    /** @test */
    public function an_approved_consent_gives_a_code_that_works_once(): void
    {
        putenv('SANDBOX_CONSENT=approve');
        $client = Clients::authorizationCode();
        $state = bin2hex(random_bytes(8));

        $callback = Browser::authorize($client->getAuthorizationCodeAuth()->buildAuthorizationUrl($state));
        parse_str((string) parse_url($callback, PHP_URL_QUERY), $query);
        $token = $client->getAuthorizationCodeAuth()->fetchToken($query['code'], $query['state']);

        self::assertStringStartsWith(Clients::REDIRECT_URI . '?', $callback);
        self::assertSame($state, $query['state']);
        self::assertSame('read write', $token->getScope());
        self::assertNotNull($token->getRefreshToken());
        $client->getAuthorizationCodeAuth()->buildAuthorizationUrl($state);
        try {
            $client->getAuthorizationCodeAuth()->fetchToken($query['code'], $state);
            self::fail('a reused code should be refused');
        } catch (OAuthProviderException $e) {
            self::assertSame('invalid_grant', $e->getError());
        }
    }

    /** @test */
    public function a_denied_consent_redirects_with_access_denied_and_the_state(): void
    {
        putenv('SANDBOX_CONSENT=deny');
        $client = Clients::authorizationCode();

        $callback = Browser::authorize($client->getAuthorizationCodeAuth()->buildAuthorizationUrl('s1'));
        parse_str((string) parse_url($callback, PHP_URL_QUERY), $query);

        self::assertSame('access_denied', $query['error']);
        self::assertSame('s1', $query['state']);
        self::assertArrayNotHasKey('code', $query);
    }

    /** @test */
    public function a_consent_screen_without_sandbox_consent_asks_for_run_consent_in_meta_json(): void
    {
        $client = Clients::authorizationCode();

        try {
            Browser::authorize($client->getAuthorizationCodeAuth()->buildAuthorizationUrl());
            self::fail('authorize() should have thrown');
        } catch (SandboxException $e) {
            self::assertSame(SandboxException::CONSENT_DECISION_MISSING, $e->getSandboxCode());
            self::assertStringContainsString('"run": {"consent": "approve"}', $e->getMessage());
        }
    }

    /** @test */
    public function an_unknown_client_gets_an_error_page_not_a_redirect(): void
    {
        putenv('SANDBOX_CONSENT=approve');
        $url = $this->server . '/auth/oauth2/authorize?response_type=code&client_id=nobody&redirect_uri='
            . urlencode(Clients::REDIRECT_URI);

        try {
            Browser::authorize($url);
            self::fail('authorize() should have thrown');
        } catch (SandboxException $e) {
            self::assertSame(SandboxException::AUTHORIZATION_ERROR_PAGE, $e->getSandboxCode());
            self::assertSame(400, $e->getStatus());
        }
    }

    /** @test */
    public function moving_the_sandbox_clock_expires_the_token_for_the_sdk_and_the_server_alike(): void
    {
        $client = Clients::resourceOwner();
        $client->getUserController()->getProfile();
        self::assertFalse($client->getResourceOwnerAuth()->isTokenExpired());

        Clock::advance(3600);

        self::assertTrue($client->getResourceOwnerAuth()->isTokenExpired());
        self::assertSame(200, $client->getUserController()->getProfile()->getStatusCode());
        self::assertFalse($client->getResourceOwnerAuth()->isTokenExpired());
        $tokenRequests = array_filter(
            $this->requestLog(),
            static fn (array $entry) => $entry['method'] === 'POST' && $entry['url'] === '/auth/oauth2/token',
        );
        self::assertCount(2, $tokenRequests, 'one token for the first call, one renewal after the clock moved');
    }

    /** @test */
    public function a_consent_handler_answers_the_consent_screen_instead_of_sandbox_consent(): void
    {
        $seen = null;
        Browser::setConsentHandler(static function (ConsentForm $form) use (&$seen): string {
            $seen = $form;
            return 'deny';
        });
        $client = Clients::authorizationCode();

        $callback = Browser::authorize($client->getAuthorizationCodeAuth()->buildAuthorizationUrl('s2'));
        parse_str((string) parse_url($callback, PHP_URL_QUERY), $query);

        self::assertSame('access_denied', $query['error']);
        self::assertInstanceOf(ConsentForm::class, $seen);
        self::assertSame('OAuthClientId', $seen->data['client-id']);
        self::assertSame('read write', $seen->data['scope']);
        self::assertSame(Clients::REDIRECT_URI, $seen->data['redirect-uri']);
        self::assertContains(['state', 's2'], $seen->fields);
    }

    /** @test */
    public function a_consent_handler_that_answers_neither_approve_nor_deny_is_refused(): void
    {
        Browser::setConsentHandler(static fn (): string => 'maybe');

        try {
            Browser::authorize(Clients::authorizationCode()->getAuthorizationCodeAuth()->buildAuthorizationUrl());
            self::fail('authorize() should have thrown');
        } catch (SandboxException $e) {
            self::assertSame(SandboxException::INVALID_ARGUMENT, $e->getSandboxCode());
        }
    }

    /** @test */
    public function an_advance_handler_moves_the_clock_instead_of_the_mock_server_and_the_sdk_offset(): void
    {
        $moved = [];
        Clock::setAdvanceHandler(static function (int $seconds) use (&$moved): void {
            $moved[] = $seconds;
        });
        $before = Time::now();

        Clock::advance(3600);

        self::assertSame([3600], $moved);
        self::assertLessThan(60, Time::now() - $before, 'the SDK offset stays where it was');
        self::assertSame([], array_filter(
            $this->requestLog(),
            static fn (array $entry) => $entry['url'] === '/__control/clock',
        ));
    }

    /** @return list<array<string, mixed>> the mock server's request log since reset */
    private function requestLog(): array
    {
        $log = json_decode($this->control('GET', '/__control/requests'), true, 512, JSON_THROW_ON_ERROR);
        return is_array($log) ? $log : [];
    }

    private function control(string $method, string $path): string
    {
        $response = (new StreamTransport())->send(new HttpRequest($method, $this->server . $path, ['Content-Type' => 'application/json'], $method === 'GET' ? null : '{}'));
        self::assertTrue($response->isSuccess(), "$method $path answered HTTP {$response->statusCode}");
        return $response->body;
    }
}
