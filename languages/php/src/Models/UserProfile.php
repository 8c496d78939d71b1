<?php

declare(strict_types=1);

namespace Sdk\Models;

/**
 * Who a token acts for, as `GET /me` answers: the demo user for tokens from the password and
 * authorization code grants (`kind` = `user`), the client itself for client credentials tokens
 * (`kind` = `client`).
 *
 * @example
 * ```php
 * $profile = $client->getUserController()->getProfile()->getResult();
 * printf("Signed in as %s\n", $profile->getName());
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-1.1
 */
final class UserProfile
{
    /**
     * @param list<string> $scopes
     */
    public function __construct(
        private readonly string $id,
        private readonly string $kind,
        private readonly string $name,
        private readonly ?string $username,
        private readonly ?string $email,
        private readonly array $scopes,
    ) {
    }

    /** @param array<string, mixed> $data the JSON body */
    public static function fromArray(array $data): self
    {
        return new self(
            (string) ($data['id'] ?? ''),
            (string) ($data['kind'] ?? ''),
            (string) ($data['name'] ?? ''),
            isset($data['username']) ? (string) $data['username'] : null,
            isset($data['email']) ? (string) $data['email'] : null,
            array_values(array_map('strval', (array) ($data['scopes'] ?? []))),
        );
    }

    public function getId(): string
    {
        return $this->id;
    }

    /** `user` for a resource owner, `client` for a client acting on its own behalf. */
    public function getKind(): string
    {
        return $this->kind;
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function getUsername(): ?string
    {
        return $this->username;
    }

    public function getEmail(): ?string
    {
        return $this->email;
    }

    /** @return list<string> scopes of the token that made the request */
    public function getScopes(): array
    {
        return $this->scopes;
    }
}
