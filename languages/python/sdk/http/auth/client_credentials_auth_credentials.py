"""Credentials of the client credentials grant."""

from dataclasses import dataclass

from sdk.http.auth.o_auth_credentials import OAuthCredentials


@dataclass(kw_only=True)
class ClientCredentialsAuthCredentials(OAuthCredentials):
    """The client acts on its own behalf with its id and secret.

    Example::

        SdkClient(
            client_credentials_auth_credentials=ClientCredentialsAuthCredentials(
                o_auth_client_id="OAuthClientId",
                o_auth_client_secret="OAuthClientSecret",
            )
        )

    See https://www.rfc-editor.org/rfc/rfc6749#section-4.4
    """
