<?php

declare(strict_types=1);

namespace SdkTests;

use PHPUnit\Framework\TestCase;
use Sdk\Authentication\ClientCredentialsAuthCredentialsBuilder;
use Sdk\Authentication\ClientCredentialsAuthManager;
use Sdk\Core\Time;
use Sdk\Exceptions\ApiException;
use Sdk\Models\OAuthToken;
use Sdk\SdkClientBuilder;
use SdkTests\Support\Clients;
use SdkTests\Support\FakeTransport;

/** Automatic tokens: renewal, the callbacks and retries (RFC 6749 §6, RFC 6750 §3.1), without a server. */
final class OAuthManagerTest extends TestCase
{
    protected function tearDown(): void
    {
        Time::reset();
    }

    /** @test */
    public function it_fetches_a_token_on_the_first_call_and_sends_it_as_a_bearer_header(): void
    {
        $transport = (new FakeTransport())
            ->willIssueToken('token-1')
            ->willAnswer(200, ['items' => [['id' => '1', 'name' => 'Pen', 'quantity' => 2, 'createdAt' => '2026-01-01T00:00:00Z']]]);

        $response = Clients::clientCredentials($transport)->getItemsController()->listItems();

        self::assertSame(200, $response->getStatusCode());
        self::assertSame('Pen', $response->getResult()->getItems()[0]->getName());
        self::assertSame('https://api.test/v1/items', $transport->requests[1]->url);
        self::assertSame('Bearer token-1', $transport->requests[1]->headers['Authorization']);
    }

    /** @test */
    public function an_expired_token_is_refreshed_and_a_rejected_refresh_token_falls_back_to_the_password_grant(): void
    {
        $transport = (new FakeTransport())
            ->willIssueToken('token-1', 3600, 'refresh-1')
            ->willAnswer(200, ['id' => 'u1', 'kind' => 'user', 'name' => 'Ada', 'scopes' => ['read']])
            ->willAnswer(400, ['error' => 'invalid_grant', 'error_description' => 'revoked'])
            ->willIssueToken('token-2', 3600, 'refresh-2')
            ->willAnswer(200, ['id' => 'u1', 'kind' => 'user', 'name' => 'Ada', 'scopes' => ['read']]);
        $client = Clients::resourceOwner($transport);
        $client->getUserController()->getProfile();

        Time::advance(3600);
        $client->getUserController()->getProfile();

        self::assertSame('refresh_token', $transport->form(2)['grant_type']);
        self::assertSame('refresh-1', $transport->form(2)['refresh_token']);
        self::assertSame('password', $transport->form(3)['grant_type']);
        self::assertSame('Bearer token-2', $transport->requests[4]->headers['Authorization']);
    }

    /** @test */
    public function a_401_from_the_api_renews_the_token_and_retries_once(): void
    {
        $transport = (new FakeTransport())
            ->willIssueToken('token-1')
            ->willAnswer(401, ['error' => 'invalid_token'], ['www-authenticate' => 'Bearer error="invalid_token"'])
            ->willIssueToken('token-2')
            ->willAnswer(200, ['items' => []]);

        $response = Clients::clientCredentials($transport)->getItemsController()->listItems();

        self::assertSame(200, $response->getStatusCode());
        self::assertSame('Bearer token-2', $transport->requests[3]->headers['Authorization']);
    }

    /** @test */
    public function an_api_error_carries_the_status_and_the_bearer_challenge(): void
    {
        $transport = (new FakeTransport())
            ->willIssueToken('token-1')
            ->willAnswer(403, ['error' => 'insufficient_scope'], [
                'www-authenticate' => 'Bearer realm="api", error="insufficient_scope", error_description="Needs write", scope="write"',
            ]);

        try {
            Clients::clientCredentials($transport)->getItemsController()->listItems();
            self::fail('listItems() should have thrown');
        } catch (ApiException $e) {
            self::assertSame('API_ERROR', $e->getSdkCode());
            self::assertSame(403, $e->getStatusCode());
            self::assertSame('insufficient_scope', $e->getError());
            self::assertSame('Needs write', $e->getErrorDescription());
            self::assertSame('write', $e->getScope());
            self::assertStringNotContainsString('token-1', $e->getMessage());
        }
    }

    /** @test */
    public function the_token_provider_gets_the_last_token_and_the_manager_and_the_update_callback_sees_each_new_token_once(): void
    {
        $transport = (new FakeTransport())
            ->willIssueToken('token-1')
            ->willAnswer(200, ['items' => []])
            ->willIssueToken('token-2')
            ->willAnswer(200, ['items' => []]);
        $calls = [];
        $updates = [];
        $client = SdkClientBuilder::init()
            ->authServerUrl('https://auth.test')->apiBaseUrl('https://api.test/v1')->httpTransport($transport)
            ->clientCredentialsAuthCredentials(
                ClientCredentialsAuthCredentialsBuilder::init('OAuthClientId', 'OAuthClientSecret')
                    ->oAuthTokenProvider(function (?OAuthToken $last, ClientCredentialsAuthManager $manager) use (&$calls): OAuthToken {
                        $calls[] = $last?->getAccessToken();
                        return $manager->fetchToken();
                    })
                    ->oAuthOnTokenUpdate(function (OAuthToken $token) use (&$updates): void {
                        $updates[] = $token->getAccessToken();
                    })
            )
            ->build();

        $client->getItemsController()->listItems();
        Time::advance(3600);
        $client->getItemsController()->listItems();

        self::assertSame([null, 'token-1'], $calls);
        self::assertSame(['token-1', 'token-2'], $updates);
    }

    /** @test */
    public function a_client_rebuilt_with_a_token_sends_it_without_asking_for_a_new_one(): void
    {
        $transport = (new FakeTransport())->willIssueToken('token-1')->willAnswer(200, ['items' => []]);
        $client = Clients::clientCredentials($transport);
        $token = $client->getClientCredentialsAuth()->fetchToken();

        $client = $client->toBuilder()
            ->clientCredentialsAuthCredentials($client->getClientCredentialsAuthCredentialsBuilder()->oAuthToken($token))
            ->build();
        $client->getItemsController()->listItems();

        self::assertCount(2, $transport->requests);
        self::assertSame('Bearer token-1', $transport->requests[1]->headers['Authorization']);
    }

    /** @test */
    public function no_token_counts_as_expired_and_a_token_without_expiry_never_expires(): void
    {
        $manager = Clients::clientCredentials(new FakeTransport())->getClientCredentialsAuth();

        self::assertTrue($manager->isTokenExpired());
        self::assertTrue($manager->isTokenExpired(null));
        self::assertFalse($manager->isTokenExpired(new OAuthToken('forever')));
        self::assertTrue($manager->isTokenExpired(new OAuthToken('old', 'Bearer', 3600, (int) Time::now() - 1)));
    }
}
