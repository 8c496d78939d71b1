"""Scopes of the demo API."""

from enum import Enum


class OAuthScopeEnum(str, Enum):
    """Scopes the demo API defines: ``read`` (``GET /me``, ``GET /items``) and ``write``
    (``POST /items``). Plain strings (``"read"``) are accepted wherever the enum is.

    Example::

        AuthorizationCodeAuthCredentials(..., o_auth_scopes=[OAuthScopeEnum.READ_SCOPE])

    See https://www.rfc-editor.org/rfc/rfc6749#section-3.3
    """

    READ_SCOPE = "read"
    WRITE_SCOPE = "write"

    def __str__(self) -> str:
        return self.value
