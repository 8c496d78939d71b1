package com.example.sdk.exceptions;

/**
 * The client was configured or called with a value it cannot use (code
 * {@code CONFIGURATION_ERROR}): a missing client id, an additional authorization parameter that
 * would replace one the SDK sets, no credentials at all. The message names the option to fix.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1">RFC 6749 §2.3.1</a>
 */
public class ConfigurationException extends SdkException {
    /** @param message which option is wrong and how to fix it */
    public ConfigurationException(String message) {
        super("CONFIGURATION_ERROR", message, null);
    }
}
