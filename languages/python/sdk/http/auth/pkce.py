"""PKCE code verifiers and S256 challenges (RFC 7636)."""

import base64
import hashlib
import secrets


def base64url(data: bytes) -> str:
    """Base64url without padding (https://www.rfc-editor.org/rfc/rfc4648#section-5)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def create_code_verifier() -> str:
    """32 random bytes, base64url: 43 characters (https://www.rfc-editor.org/rfc/rfc7636#section-4.1)."""
    return base64url(secrets.token_bytes(32))


def s256_code_challenge(verifier: str) -> str:
    """BASE64URL(SHA256(ASCII(verifier))) (https://www.rfc-editor.org/rfc/rfc7636#section-4.2)."""
    return base64url(hashlib.sha256(verifier.encode("ascii")).digest())
