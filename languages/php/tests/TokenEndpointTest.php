<?php

declare(strict_types=1);

namespace SdkTests;

use PHPUnit\Framework\TestCase;
use Sdk\Authentication\ClientCredentialsAuthCredentialsBuilder;
use Sdk\Core\Time;
use Sdk\Exceptions\ApiException;
use Sdk\Exceptions\InvalidResponseException;
use Sdk\Exceptions\OAuthProviderException;
use Sdk\SdkClientBuilder;
use SdkTests\Support\Clients;
use SdkTests\Support\FakeTransport;

/** Token requests and responses (RFC 6749 §2.3.1, §5.1, §5.2), without a server. */
final class TokenEndpointTest extends TestCase
{
    protected function tearDown(): void
    {
        Time::reset();
    }

    /** @test */
    public function it_sends_the_client_id_and_secret_form_encoded_in_a_basic_header_and_nowhere_else(): void
    {
        $transport = (new FakeTransport())->willIssueToken('token-1');
        $client = SdkClientBuilder::init()
            ->authServerUrl('https://auth.test')
            ->httpTransport($transport)
            ->clientCredentialsAuthCredentials(ClientCredentialsAuthCredentialsBuilder::init('docs client:%&+ 1', 's3cret with spaces:%&+='))
            ->build();

        $client->getClientCredentialsAuth()->fetchToken();

        $request = $transport->requests[0];
        self::assertSame('POST', $request->method);
        self::assertSame('https://auth.test/oauth2/token', $request->url);
        self::assertSame(
            'Basic ' . base64_encode('docs+client%3A%25%26%2B+1:s3cret+with+spaces%3A%25%26%2B%3D'),
            $request->headers['Authorization'],
        );
        self::assertSame(['grant_type' => 'client_credentials'], $transport->form(0));
        self::assertStringNotContainsString('s3cret', $request->url . $request->body);
    }

    /** @test */
    public function it_sets_the_expiry_thirty_seconds_before_the_servers_deadline(): void
    {
        $transport = (new FakeTransport())->willIssueToken('token-1', 3600);
        $before = (int) floor(Time::now());

        $token = Clients::clientCredentials($transport)->getClientCredentialsAuth()->fetchToken();

        self::assertSame(3600, $token->getExpiresIn());
        self::assertGreaterThanOrEqual($before + 3570, $token->getExpiry());
        self::assertLessThanOrEqual($before + 3571, $token->getExpiry());
    }

    /** @test */
    public function it_takes_half_the_lifetime_as_margin_for_tokens_shorter_than_a_minute(): void
    {
        $transport = (new FakeTransport())->willIssueToken('token-1', 40);
        $before = (int) floor(Time::now());

        $token = Clients::clientCredentials($transport)->getClientCredentialsAuth()->fetchToken();

        self::assertContains($token->getExpiry() - $before, [20, 21]);
    }

    /** @test */
    public function it_reports_an_rfc_6749_error_response_as_an_oauth_provider_exception(): void
    {
        $transport = (new FakeTransport())->willAnswer(401, [
            'error' => 'invalid_client',
            'error_description' => 'Client authentication failed',
            'error_uri' => 'https://auth.test/docs/errors#invalid_client',
        ]);

        try {
            Clients::clientCredentials($transport, 'revoked-secret')->getClientCredentialsAuth()->fetchToken();
            self::fail('fetchToken() should have thrown');
        } catch (OAuthProviderException $e) {
            self::assertSame('OAUTH_PROVIDER_ERROR', $e->getSdkCode());
            self::assertSame('invalid_client', $e->getError());
            self::assertSame('Client authentication failed', $e->getErrorDescription());
            self::assertSame('https://auth.test/docs/errors#invalid_client', $e->getErrorUri());
            self::assertSame(401, $e->getStatusCode());
            self::assertInstanceOf(ApiException::class, $e, 'catch (ApiException) must catch token errors too');
            self::assertStringNotContainsString('revoked-secret', $e->getMessage());
        }
    }

    /** @test */
    public function it_reports_a_token_endpoint_failure_without_an_oauth_error_as_an_api_exception(): void
    {
        $transport = (new FakeTransport())->willAnswer(503, 'Service Unavailable', ['content-type' => 'text/plain']);

        try {
            Clients::clientCredentials($transport)->getClientCredentialsAuth()->fetchToken();
            self::fail('fetchToken() should have thrown');
        } catch (ApiException $e) {
            self::assertNotInstanceOf(OAuthProviderException::class, $e);
            self::assertSame('API_ERROR', $e->getSdkCode());
            self::assertSame(503, $e->getStatusCode());
            self::assertSame('Service Unavailable', $e->getBody());
        }
    }

    /** @test */
    public function it_refuses_a_token_type_other_than_bearer(): void
    {
        $transport = (new FakeTransport())->willAnswer(200, ['access_token' => 'x', 'token_type' => 'mac']);

        $this->expectException(InvalidResponseException::class);
        $this->expectExceptionMessage('"mac"');
        Clients::clientCredentials($transport)->getClientCredentialsAuth()->fetchToken();
    }

    /** @test */
    public function it_refuses_a_success_answer_without_an_access_token(): void
    {
        $transport = (new FakeTransport())->willAnswer(200, ['token_type' => 'Bearer']);

        try {
            Clients::clientCredentials($transport)->getClientCredentialsAuth()->fetchToken();
            self::fail('fetchToken() should have thrown');
        } catch (InvalidResponseException $e) {
            self::assertSame('INVALID_RESPONSE', $e->getSdkCode());
            self::assertSame(200, $e->getStatusCode());
        }
    }
}
