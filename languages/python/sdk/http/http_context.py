"""Where the SDK sends requests, and through which transport."""

from dataclasses import dataclass
from typing import Optional

from sdk.http import transport as transports
from sdk.http.transport import HttpRequest, HttpResponse, Transport


@dataclass(frozen=True)
class HttpContext:
    """The base URLs of one client, and its own transport if it has one (else the installed one,
    looked up per request so a transport installed later is used)."""

    auth_server_url: str
    api_base_url: str
    transport: Optional[Transport] = None

    def send(self, request: HttpRequest) -> HttpResponse:
        """Sends ``request`` through this client's transport."""
        return self.transport(request) if self.transport else transports.send(request)

    def auth_url(self, path: str) -> str:
        """``path`` on the authorization server."""
        return join_url(self.auth_server_url, path)

    def api_url(self, path: str) -> str:
        """``path`` on the protected API."""
        return join_url(self.api_base_url, path)


def join_url(base: str, path: str) -> str:
    """Joins a base URL and a path without doubling or dropping the slash."""
    return f"{base.rstrip('/')}/{path.lstrip('/')}"
