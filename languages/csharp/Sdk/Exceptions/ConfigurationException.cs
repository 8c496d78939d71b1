using System;

namespace Sdk
{
    /// <summary>
    /// The client was configured, or a method called, with a missing or invalid value; the message names it.
    /// </summary>
    /// <example><code>
    /// catch (ConfigurationException e) { Console.WriteLine(e.Message); }
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1">RFC 6749 §2.3.1</seealso>
    public class ConfigurationException : SdkException
    {
        /// <summary>Creates the exception with a message that says how to fix the problem.</summary>
        public ConfigurationException(string message, Exception innerException = null)
            : base(SdkErrorCode.ConfigurationError, message, innerException)
        {
        }
    }
}
