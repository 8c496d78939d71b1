using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Sdk
{
    /// <summary>
    /// Who a token acts for, as <c>GET /me</c> answers: the demo user for password and
    /// authorization code tokens, the client itself for client credentials tokens.
    /// </summary>
    /// <example><code>
    /// UserProfile profile = client.UserController.GetProfile().Data;
    /// Console.WriteLine($"{profile.Name} ({profile.Kind})");
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6749#section-1.1">RFC 6749 §1.1</seealso>
    [DataContract]
    public sealed class UserProfile
    {
        /// <summary>Identifier of the resource owner or client.</summary>
        [DataMember(Name = "id")]
        public string Id { get; set; }

        /// <summary><c>user</c> for a resource owner, <c>client</c> for a client acting on its own behalf.</summary>
        [DataMember(Name = "kind")]
        public string Kind { get; set; }

        /// <summary>Display name.</summary>
        [DataMember(Name = "name")]
        public string Name { get; set; }

        /// <summary>The resource owner's username (users only).</summary>
        [DataMember(Name = "username", EmitDefaultValue = false)]
        public string Username { get; set; }

        /// <summary>The resource owner's e-mail address (users only).</summary>
        [DataMember(Name = "email", EmitDefaultValue = false)]
        public string Email { get; set; }

        /// <summary>Scopes of the token that made the request.</summary>
        [DataMember(Name = "scopes")]
        public List<string> Scopes { get; set; }
    }
}
