"""The access token as the SDK keeps it."""

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class OAuthToken:
    """An access token (RFC 6749 section 5.1), a plain dataclass so it can be stored and read back.

    ``expiry`` is a Unix time in seconds computed when the token response arrived:
    receipt time + ``expires_in`` - a margin for clock skew and latency (30 seconds, or half the
    lifetime for tokens shorter than a minute). Once ``expiry`` has passed the SDK treats the
    token as expired and renews it before the next call.

    Store it with ``dataclasses.asdict(token)`` and read it back with ``OAuthToken(**saved)``.
    ``repr(token)`` hides the access and refresh tokens: they are bearer credentials.

    Example::

        token = client.http_ccg.fetch_token()
        print(f"Expires in {token.expires_in} s")

    See https://www.rfc-editor.org/rfc/rfc6749#section-5.1
    """

    access_token: str = field(repr=False)
    token_type: str = "Bearer"
    expires_in: Optional[int] = None
    expiry: Optional[int] = None
    scope: Optional[str] = None
    refresh_token: Optional[str] = field(default=None, repr=False)
