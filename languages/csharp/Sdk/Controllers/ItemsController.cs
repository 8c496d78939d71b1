using System.Net.Http;
using System.Threading.Tasks;

namespace Sdk
{
    /// <summary>
    /// <c>GET /items</c> (scope <c>read</c>) and <c>POST /items</c> (scope <c>write</c>). Available
    /// as <c>client.ItemsController</c>.
    /// </summary>
    /// <example><code>
    /// ApiResponse&lt;ItemList&gt; response = client.ItemsController.ListItems();
    /// Console.WriteLine($"{response.Data.Items.Count} items");
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</seealso>
    public sealed class ItemsController
    {
        private readonly ApiCall api;

        internal ItemsController(ApiCall api)
        {
            this.api = api;
        }

        /// <summary>Lists the items (<c>GET /items</c>, scope <c>read</c>).</summary>
        /// <example><code>
        /// ItemList list = client.ItemsController.ListItems().Data;
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</seealso>
        public ApiResponse<ItemList> ListItems()
        {
            return ListItemsAsync().GetAwaiter().GetResult();
        }

        /// <summary>The asynchronous form of <see cref="ListItems"/>.</summary>
        /// <example><code>
        /// ApiResponse&lt;ItemList&gt; response = await client.ItemsController.ListItemsAsync();
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</seealso>
        public Task<ApiResponse<ItemList>> ListItemsAsync()
        {
            return api.SendAsync<ItemList>(HttpMethod.Get, "/items");
        }

        /// <summary>
        /// Creates an item (<c>POST /items</c>, scope <c>write</c>); answers 201 with the new item.
        /// A token without <c>write</c> fails with <see cref="ApiException"/> (403,
        /// <c>Error == "insufficient_scope"</c>).
        /// </summary>
        /// <example><code>
        /// Item item = client.ItemsController.CreateItem(new CreateItemRequest { Name = "Pen" }).Data;
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">RFC 6750 §3.1</seealso>
        public ApiResponse<Item> CreateItem(CreateItemRequest body)
        {
            return CreateItemAsync(body).GetAwaiter().GetResult();
        }

        /// <summary>The asynchronous form of <see cref="CreateItem"/>.</summary>
        /// <example><code>
        /// ApiResponse&lt;Item&gt; response = await client.ItemsController.CreateItemAsync(new CreateItemRequest { Name = "Pen" });
        /// </code></example>
        /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-3.1">RFC 6750 §3.1</seealso>
        public Task<ApiResponse<Item>> CreateItemAsync(CreateItemRequest body)
        {
            if (body == null || string.IsNullOrEmpty(body.Name))
            {
                throw new ConfigurationException("CreateItem(body): body.Name is missing or empty; give the item a name");
            }
            return api.SendAsync<Item>(HttpMethod.Post, "/items", ApiHelper.JsonSerialize(body));
        }
    }
}
