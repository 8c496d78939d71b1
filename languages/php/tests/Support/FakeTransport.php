<?php

declare(strict_types=1);

namespace SdkTests\Support;

use Sdk\Http\HttpRequest;
use Sdk\Http\HttpResponse;
use Sdk\Http\HttpTransport;

/** Answers queued responses in order and records every request, for tests without a server. */
final class FakeTransport implements HttpTransport
{
    /** @var list<HttpRequest> */
    public array $requests = [];

    /** @var list<HttpResponse> */
    private array $queue = [];

    /** @param array<string, mixed>|string $body */
    public function willAnswer(int $status, array|string $body, array $headers = []): self
    {
        $text = is_string($body) ? $body : json_encode($body, JSON_THROW_ON_ERROR);
        $this->queue[] = new HttpResponse($status, $headers + ['content-type' => 'application/json'], $text);
        return $this;
    }

    /** A token endpoint answer. */
    public function willIssueToken(string $accessToken, int $expiresIn = 3600, ?string $refreshToken = null, string $scope = 'read'): self
    {
        return $this->willAnswer(200, array_filter([
            'access_token' => $accessToken,
            'token_type' => 'Bearer',
            'expires_in' => $expiresIn,
            'scope' => $scope,
            'refresh_token' => $refreshToken,
        ], static fn ($value) => $value !== null));
    }

    public function send(HttpRequest $request): HttpResponse
    {
        $this->requests[] = $request;
        $response = array_shift($this->queue);
        if ($response === null) {
            throw new \LogicException(sprintf('FakeTransport: unexpected request %s %s (no answer queued)', $request->method, $request->url));
        }
        return $response;
    }

    /** @return array<string, string> the form body of request `$index` */
    public function form(int $index): array
    {
        parse_str($this->requests[$index]->body ?? '', $form);
        return $form;
    }
}
