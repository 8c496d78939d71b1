using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Sdk
{
    /// <summary>The body of <c>GET /items</c>.</summary>
    /// <example><code>
    /// ItemList list = client.ItemsController.ListItems().Data;
    /// Console.WriteLine($"{list.Items.Count} items");
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</seealso>
    [DataContract]
    public sealed class ItemList
    {
        /// <summary>The items.</summary>
        [DataMember(Name = "items")]
        public List<Item> Items { get; set; }
    }
}
