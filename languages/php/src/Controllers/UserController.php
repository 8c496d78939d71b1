<?php

declare(strict_types=1);

namespace Sdk\Controllers;

use Sdk\Core\ApiCaller;
use Sdk\Http\ApiResponse;
use Sdk\Models\UserProfile;

/**
 * `GET /me`: who the access token acts for. Needs scope `read`. Available as
 * `$client->getUserController()`.
 *
 * @example
 * ```php
 * $profile = $client->getUserController()->getProfile()->getResult();
 * printf("Hello, %s\n", $profile->getName());
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
final class UserController
{
    /** @internal Created by SdkClient. */
    public function __construct(private readonly ApiCaller $api)
    {
    }

    /**
     * Gets the profile of the token's subject (`GET /me`, scope `read`).
     *
     * @return ApiResponse<UserProfile>
     * @throws \Sdk\Exceptions\ApiException when the API answers an error status
     * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
     */
    public function getProfile(): ApiResponse
    {
        [$response, $json] = $this->api->call('GET', '/me');
        return new ApiResponse($response->statusCode, $response->headers, UserProfile::fromArray((array) $json));
    }
}
