using System;

namespace Sandbox
{
    /// <summary>What went wrong in the sandbox helper (not in the SDK).</summary>
    public enum SandboxErrorCode
    {
        /// <summary>A consent screen appeared but <c>SANDBOX_CONSENT</c> is not set.</summary>
        ConsentMissing,
        /// <summary>The authorization server answered an error page instead of redirecting.</summary>
        AuthorizationErrorPage,
        /// <summary>A response the helper cannot use (no consent form, no redirect).</summary>
        UnexpectedResponse,
        /// <summary>A bad argument or a missing environment variable.</summary>
        InvalidArgument,
    }

    /// <summary>
    /// A failure of the sandbox helper, with a <see cref="Code"/> and, when a response caused it,
    /// its HTTP <see cref="Status"/> and the OAuth <see cref="Error"/> shown on an error page.
    /// </summary>
    /// <example><code>
    /// try { Browser.Authorize(authUrl); }
    /// catch (SandboxException e) when (e.Code == SandboxErrorCode.AuthorizationErrorPage) { Console.WriteLine(e.Error); }
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1">RFC 6749 §4.1.2.1</seealso>
    public sealed class SandboxException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public SandboxException(SandboxErrorCode code, string message, int? status = null, string error = null)
            : base(message)
        {
            Code = code;
            Status = status;
            Error = error;
        }

        /// <summary>What went wrong.</summary>
        public SandboxErrorCode Code { get; }

        /// <summary>HTTP status of the response that caused the error, if any.</summary>
        public int? Status { get; }

        /// <summary>OAuth error code shown on an authorization server error page, if any.</summary>
        public string Error { get; }
    }
}
