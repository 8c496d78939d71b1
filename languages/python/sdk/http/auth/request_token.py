"""One token request (RFC 6749 section 3.2) and its answer as a token or a typed error."""

import base64
import json
from typing import Any, Dict, Optional
from urllib.parse import quote_plus, urlencode

from sdk.exceptions.api_exception import APIException
from sdk.exceptions.invalid_response_exception import InvalidResponseException
from sdk.exceptions.o_auth_provider_exception import OAuthProviderException
from sdk.http.auth.o_auth_credentials import OAuthCredentials
from sdk.http.http_context import HttpContext
from sdk.http.transport import HttpRequest
from sdk.models.o_auth_token import OAuthToken
from sdk.utilities import clock

#: Seconds taken off ``expires_in`` for clock skew and latency, capped at half the lifetime so
#: short-lived tokens stay usable (https://www.rfc-editor.org/rfc/rfc6749#section-4.2.2).
CLOCK_SKEW_MARGIN_SECONDS = 30


def basic_authorization(client_id: str, client_secret: str) -> str:
    """The ``Authorization`` header value of HTTP Basic client authentication: id and secret are
    form-encoded before base64 (https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1)."""
    pair = f"{quote_plus(client_id, safe='')}:{quote_plus(client_secret, safe='')}"
    return "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")


def request_token(
    context: HttpContext,
    credentials: OAuthCredentials,
    params: Dict[str, Optional[str]],
    description: str,
) -> OAuthToken:
    """POSTs ``params`` to the token endpoint with Basic client authentication (never the secret
    in a URL or body) and returns the token, or raises :class:`OAuthProviderException` (RFC 6749
    error response), :class:`APIException` (another error status) or
    :class:`InvalidResponseException` (a 2xx the SDK cannot use). ``description`` starts the
    error message, e.g. "Fetching a token with the password grant".

    See https://www.rfc-editor.org/rfc/rfc6749#section-5
    """
    body = urlencode({name: value for name, value in params.items() if value})
    response = context.send(
        HttpRequest(
            method="POST",
            url=context.auth_url("/oauth2/token"),
            headers={
                "authorization": basic_authorization(
                    credentials.o_auth_client_id, credentials.o_auth_client_secret
                ),
                "content-type": "application/x-www-form-urlencoded",
                "accept": "application/json",
            },
            body=body,
        )
    )
    received_at = clock.now()
    parsed = _json_or_none(response.body)
    fields: Dict[str, Any] = parsed if isinstance(parsed, dict) else {}

    if not 200 <= response.status_code <= 299:
        error = fields.get("error")
        if isinstance(error, str):
            raise OAuthProviderException(
                description,
                error,
                _text(fields.get("error_description")),
                _text(fields.get("error_uri")),
                response.status_code,
                response.headers,
                response.body,
            )
        raise APIException(
            f"{description} failed with HTTP {response.status_code} and a body that is not an "
            "OAuth error response",
            response.status_code,
            response.headers,
            response.body,
            parsed,
        )

    access_token = fields.get("access_token")
    token_type = fields.get("token_type")
    if not isinstance(access_token, str) or not access_token or not isinstance(token_type, str):
        raise InvalidResponseException(
            f"{description} answered HTTP {response.status_code} without a JSON access_token and "
            "token_type (RFC 6749 section 5.1)",
            response.status_code,
            response.body,
        )
    if token_type.lower() != "bearer":
        raise InvalidResponseException(
            f'{description} issued a token of type "{token_type}"; this SDK only sends Bearer '
            "tokens (RFC 6750)",
            response.status_code,
            response.body,
        )
    token = OAuthToken(access_token=access_token, token_type="Bearer")
    expires_in = fields.get("expires_in")
    if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool):
        expires_in = int(expires_in)
        margin = min(CLOCK_SKEW_MARGIN_SECONDS, expires_in // 2)
        token.expires_in = expires_in
        token.expiry = int(received_at) + expires_in - margin
    if isinstance(fields.get("scope"), str):
        token.scope = fields["scope"]
    if isinstance(fields.get("refresh_token"), str) and fields["refresh_token"]:
        token.refresh_token = fields["refresh_token"]
    return token


def _json_or_none(text: str) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def _text(value: Any) -> Optional[str]:
    return value if isinstance(value, str) else None
