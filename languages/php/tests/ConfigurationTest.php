<?php

declare(strict_types=1);

namespace SdkTests;

use PHPUnit\Framework\TestCase;
use Sdk\Authentication\ClientCredentialsAuthCredentialsBuilder;
use Sdk\Authentication\ResourceOwnerAuthCredentialsBuilder;
use Sdk\Exceptions\ConfigurationException;
use Sdk\Models\OAuthToken;
use Sdk\SdkClientBuilder;
use SdkTests\Support\Clients;
use SdkTests\Support\FakeTransport;

/** Building clients, base URLs and what they show of their secrets. */
final class ConfigurationTest extends TestCase
{
    private string|false $savedAuthUrl;

    protected function setUp(): void
    {
        $this->savedAuthUrl = getenv('SDK_AUTH_SERVER_URL');
    }

    protected function tearDown(): void
    {
        putenv($this->savedAuthUrl === false ? 'SDK_AUTH_SERVER_URL' : 'SDK_AUTH_SERVER_URL=' . $this->savedAuthUrl);
    }

    /** @test */
    public function an_empty_credential_is_refused_with_the_option_to_fix(): void
    {
        try {
            ResourceOwnerAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', '');
            self::fail('init() should have thrown');
        } catch (ConfigurationException $e) {
            self::assertSame('CONFIGURATION_ERROR', $e->getSdkCode());
            self::assertStringContainsString('oAuthPassword', $e->getMessage());
        }
    }

    /** @test */
    public function asking_for_a_grant_that_is_not_configured_says_how_to_configure_it(): void
    {
        try {
            Clients::clientCredentials(new FakeTransport())->getResourceOwnerAuth();
            self::fail('getResourceOwnerAuth() should have thrown');
        } catch (ConfigurationException $e) {
            self::assertStringContainsString('resourceOwnerAuthCredentials', $e->getMessage());
        }
    }

    /** @test */
    public function the_authorization_server_url_comes_from_the_environment_unless_configured(): void
    {
        putenv('SDK_AUTH_SERVER_URL=http://127.0.0.1:9/auth');
        $credentials = ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret');

        $fromEnvironment = SdkClientBuilder::init()->clientCredentialsAuthCredentials($credentials)->build();
        $configured = SdkClientBuilder::init()->authServerUrl('https://auth.test')->clientCredentialsAuthCredentials($credentials)->build();
        putenv('SDK_AUTH_SERVER_URL');
        $default = SdkClientBuilder::init()->clientCredentialsAuthCredentials($credentials)->build();

        self::assertSame('http://127.0.0.1:9/auth', $fromEnvironment->__debugInfo()['authServerUrl']);
        self::assertSame('https://auth.test', $configured->__debugInfo()['authServerUrl']);
        self::assertSame('https://auth.example.com', $default->__debugInfo()['authServerUrl']);
    }

    /** @test */
    public function dumping_a_client_hides_the_secret_the_password_and_the_token(): void
    {
        $client = SdkClientBuilder::init()
            ->resourceOwnerAuthCredentials(
                ResourceOwnerAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret', 'OAuthUsername', 'OAuthPassword')
                    ->oAuthToken(new OAuthToken('access-123', 'Bearer', 3600, null, 'read', 'refresh-456'))
            )
            ->build();

        $dump = print_r($client, true);

        self::assertStringContainsString('OAuthClientId', $dump);
        self::assertStringContainsString('OAuthUsername', $dump);
        foreach (['OAuthClientSecret', 'OAuthPassword', 'access-123', 'refresh-456'] as $secret) {
            self::assertStringNotContainsString($secret, $dump);
        }
    }

    /** @test */
    public function a_token_survives_a_round_trip_through_json(): void
    {
        $token = new OAuthToken('access-123', 'Bearer', 3600, 1_800_000_000, 'read write', 'refresh-456');

        $again = OAuthToken::fromJson(json_encode($token, JSON_THROW_ON_ERROR));

        self::assertEquals($token, $again);
    }

    /** @test */
    public function reading_a_token_from_json_that_is_not_one_says_what_to_pass(): void
    {
        $this->expectException(ConfigurationException::class);
        $this->expectExceptionMessage('accessToken');
        OAuthToken::fromJson('{"token": "x"}');
    }
}
