"""The client was configured or called incorrectly."""

from sdk.exceptions.sdk_exception import SdkException


class ConfigurationException(SdkException):
    """A missing credential, a reserved authorization parameter, an empty code...: the message
    names the option to fix.

    See https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1
    """

    code = "CONFIGURATION_ERROR"
