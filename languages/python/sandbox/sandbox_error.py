"""What the sandbox helper raises."""

from typing import Optional


class SandboxError(Exception):
    """``code`` says what went wrong: ``CONSENT_DECISION_MISSING``, ``AUTHORIZATION_ERROR_PAGE``,
    ``UNEXPECTED_RESPONSE``, ``INVALID_ARGUMENT`` or ``MOCK_SERVER_MISSING``. For an error page,
    ``status`` and ``error`` carry the authorization server's answer.

    See https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1
    """

    def __init__(
        self, code: str, message: str, status: Optional[int] = None, error: Optional[str] = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.error = error
