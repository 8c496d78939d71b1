"""Base class of every error the SDK raises on purpose."""


class SdkException(Exception):
    """Every SDK error carries a stable ``code`` to branch on without parsing messages:
    ``API_ERROR``, ``OAUTH_PROVIDER_ERROR``, ``AUTHORIZATION_REQUIRED``, ``CONFIGURATION_ERROR``,
    ``INVALID_RESPONSE``, ``STATE_MISMATCH``. Messages never contain a secret, password or token.

    See https://www.rfc-editor.org/rfc/rfc6749#section-5.2
    """

    code = "SDK_ERROR"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
