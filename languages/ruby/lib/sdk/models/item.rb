# frozen_string_literal: true

module Sdk
  # An item of the demo API: id, name, quantity and created_at (ISO 8601).
  #
  # @example
  #   item = client.items_controller.create_item(name: 'Notebook', quantity: 2).data
  #   puts item.id
  # @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
  Item = Struct.new(:id, :name, :quantity, :created_at, keyword_init: true) do
    # Builds the model from the parsed JSON body.
    def self.from_hash(hash)
      new(id: hash['id'], name: hash['name'], quantity: hash['quantity'], created_at: hash['createdAt'])
    end
  end
end
