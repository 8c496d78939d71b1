using System.Net.Http;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// <c>GET /me</c>: who the access token acts for (scope <c>read</c>). Available as
    /// <c>client.UserController</c>.
    /// </summary>
    /// <example><code>
    /// ApiResponse&lt;UserProfile&gt; response = client.UserController.GetProfile();
    /// Console.WriteLine($"Hello, {response.Data.Name}");
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</seealso>
    public sealed class UserController
    {
        private readonly ApiCall api;

        internal UserController(ApiCall api)
        {
            this.api = api;
        }

        /// <summary>The profile of the token's subject (<c>GET /me</c>, scope <c>read</c>).</summary>
        /// <example><code>
        /// UserProfile profile = client.UserController.GetProfile().Data;
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</seealso>
        public ApiResponse<UserProfile> GetProfile()
        {
            return GetProfileAsync().GetAwaiter().GetResult();
        }

        /// <summary>The asynchronous form of <see cref="GetProfile"/>.</summary>
        /// <example><code>
        /// ApiResponse&lt;UserProfile&gt; response = await client.UserController.GetProfileAsync();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</seealso>
        public Task<ApiResponse<UserProfile>> GetProfileAsync()
        {
            return api.SendAsync<UserProfile>(HttpMethod.Get, "/me");
        }
    }
}
