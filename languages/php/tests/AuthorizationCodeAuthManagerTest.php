<?php

declare(strict_types=1);

namespace SdkTests;

use PHPUnit\Framework\TestCase;
use Sdk\Exceptions\AuthorizationRequiredException;
use Sdk\Exceptions\ConfigurationException;
use Sdk\Exceptions\StateMismatchException;
use SdkTests\Support\Clients;
use SdkTests\Support\FakeTransport;

/** The authorization code grant with PKCE (RFC 6749 §4.1, RFC 7636), without a server. */
final class AuthorizationCodeAuthManagerTest extends TestCase
{
    /** @test */
    public function it_builds_the_authorization_url_with_scopes_state_and_an_s256_challenge_in_a_fixed_order(): void
    {
        $url = Clients::authorizationCode(new FakeTransport())
            ->getAuthorizationCodeAuth()
            ->buildAuthorizationUrl('xyz', ['prompt' => 'consent']);

        self::assertMatchesRegularExpression(
            '#^https://auth\.test/oauth2/authorize\?response_type=code&client_id=OAuthClientId'
            . '&redirect_uri=https%3A%2F%2Fexample\.com%2Foauth%2Fcallback&scope=read\+write&state=xyz'
            . '&code_challenge=[A-Za-z0-9_-]{43}&code_challenge_method=S256&prompt=consent$#',
            $url,
        );
        self::assertStringNotContainsString('OAuthClientSecret', $url);
    }

    /** @test */
    public function it_sends_the_verifier_whose_hash_was_the_challenge_of_the_same_state(): void
    {
        $transport = (new FakeTransport())->willIssueToken('token-1', 3600, 'refresh-1');
        $manager = Clients::authorizationCode($transport)->getAuthorizationCodeAuth();
        $urlA = $manager->buildAuthorizationUrl('state-a');
        $manager->buildAuthorizationUrl('state-b');

        $manager->fetchToken('code-a', 'state-a');

        parse_str((string) parse_url($urlA, PHP_URL_QUERY), $query);
        $form = $transport->form(0);
        self::assertSame('authorization_code', $form['grant_type']);
        self::assertSame('code-a', $form['code']);
        self::assertSame(Clients::REDIRECT_URI, $form['redirect_uri']);
        self::assertSame(
            $query['code_challenge'],
            rtrim(strtr(base64_encode(hash('sha256', $form['code_verifier'], true)), '+/', '-_'), '='),
        );
    }

    /** @test */
    public function it_refuses_a_state_it_never_issued_without_sending_a_request(): void
    {
        $transport = new FakeTransport();
        $manager = Clients::authorizationCode($transport)->getAuthorizationCodeAuth();
        $manager->buildAuthorizationUrl('mine');

        try {
            $manager->fetchToken('code', 'forged');
            self::fail('fetchToken() should have thrown');
        } catch (StateMismatchException $e) {
            self::assertSame('STATE_MISMATCH', $e->getSdkCode());
        }
        self::assertSame([], $transport->requests);
    }

    /** @test */
    public function it_refuses_additional_parameters_that_would_replace_its_own(): void
    {
        $manager = Clients::authorizationCode(new FakeTransport())->getAuthorizationCodeAuth();

        try {
            $manager->buildAuthorizationUrl('s', ['redirect_uri' => 'https://evil.test/']);
            self::fail('buildAuthorizationUrl() should have thrown');
        } catch (ConfigurationException $e) {
            self::assertSame('CONFIGURATION_ERROR', $e->getSdkCode());
            self::assertStringContainsString('"redirect_uri"', $e->getMessage());
        }
    }

    /** @test */
    public function it_refuses_to_put_the_client_secret_in_the_url(): void
    {
        $this->expectException(ConfigurationException::class);
        Clients::authorizationCode(new FakeTransport())
            ->getAuthorizationCodeAuth()
            ->buildAuthorizationUrl(null, ['login_hint' => 'OAuthClientSecret']);
    }

    /** @test */
    public function an_endpoint_call_without_a_token_asks_for_the_users_consent_before_sending_anything(): void
    {
        $transport = new FakeTransport();

        try {
            Clients::authorizationCode($transport)->getUserController()->getProfile();
            self::fail('getProfile() should have thrown');
        } catch (AuthorizationRequiredException $e) {
            self::assertSame('AUTHORIZATION_REQUIRED', $e->getSdkCode());
            self::assertStringContainsString('buildAuthorizationUrl()', $e->getMessage());
        }
        self::assertSame([], $transport->requests);
    }
}
