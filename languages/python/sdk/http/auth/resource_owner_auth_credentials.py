"""Credentials of the resource owner password credentials grant."""

from dataclasses import dataclass, field

from sdk.http.auth.o_auth_credentials import OAuthCredentials


@dataclass(kw_only=True)
class ResourceOwnerAuthCredentials(OAuthCredentials):
    """The client's id and secret plus the user's username and password (the password is sent
    only in the token request body, and hidden from ``repr()``).

    Example::

        ResourceOwnerAuthCredentials(
            o_auth_client_id="OAuthClientId",
            o_auth_client_secret="OAuthClientSecret",
            o_auth_username="OAuthUsername",
            o_auth_password="OAuthPassword",
        )

    See https://www.rfc-editor.org/rfc/rfc6749#section-4.3
    """

    o_auth_username: str
    o_auth_password: str = field(repr=False)
