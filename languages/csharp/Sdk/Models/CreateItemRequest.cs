using System.Runtime.Serialization;

namespace Sdk
{
    /// <summary>
    /// The body of <c>POST /items</c>: a non-empty name (at most 100 characters) and an optional
    /// non-negative quantity (the server's default is 1).
    /// </summary>
    /// <example><code>
    /// client.ItemsController.CreateItem(new CreateItemRequest { Name = "Notebook", Quantity = 2 });
    /// </code></example>
    /// <seealso href="https://www.rfc-editor.org/rfc/rfc6750#section-2.1">RFC 6750 §2.1</seealso>
    [DataContract]
    public sealed class CreateItemRequest
    {
        /// <summary>Name of the new item.</summary>
        [DataMember(Name = "name")]
        public string Name { get; set; }

        /// <summary>Quantity; left out of the request when null.</summary>
        [DataMember(Name = "quantity", EmitDefaultValue = false)]
        public int? Quantity { get; set; }
    }
}
