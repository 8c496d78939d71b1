using System;
using System.Security.Cryptography;
using System.Text;

namespace Sdk
{
    /// <summary>PKCE verifier and S256 challenge (RFC 7636 §4.1, §4.2).</summary>
    internal static class Pkce
    {
        /// <summary>A fresh verifier: 32 random bytes, base64url (43 characters).</summary>
        internal static string CreateVerifier()
        {
            var bytes = new byte[32];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(bytes);
            }
            return Base64Url(bytes);
        }

        /// <summary>BASE64URL(SHA256(ASCII(verifier))).</summary>
        internal static string S256Challenge(string verifier)
        {
            using (var sha = SHA256.Create())
            {
                return Base64Url(sha.ComputeHash(Encoding.ASCII.GetBytes(verifier)));
            }
        }

        internal static string Base64Url(byte[] bytes)
        {
            return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }
}
