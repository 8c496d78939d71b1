using System.Runtime.Serialization;

namespace Sdk
{
    /// <summary>An item of the demo API.</summary>
    /// <example><code>
    /// foreach (Item item in client.ItemsController.ListItems().Data.Items) Console.WriteLine(item.Name);
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</seealso>
    [DataContract]
    public sealed class Item
    {
        /// <summary>Identifier.</summary>
        [DataMember(Name = "id")]
        public string Id { get; set; }

        /// <summary>Name.</summary>
        [DataMember(Name = "name")]
        public string Name { get; set; }

        /// <summary>Quantity (non-negative).</summary>
        [DataMember(Name = "quantity")]
        public int Quantity { get; set; }

        /// <summary>Creation time, ISO 8601.</summary>
        [DataMember(Name = "createdAt")]
        public string CreatedAt { get; set; }
    }
}
