# frozen_string_literal: true

module Sdk
  # Who a token acts for, as GET /me answers: the demo user for password and authorization code
  # tokens (kind `user`), the client itself for client credentials tokens (kind `client`).
  #
  # @example
  #   profile = client.user_controller.get_profile.data
  #   puts "Signed in as #{profile.name}"
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-1.1
  UserProfile = Struct.new(:id, :kind, :name, :username, :email, :scopes, keyword_init: true) do
    # Builds the model from the parsed JSON body.
    def self.from_hash(hash)
      new(id: hash['id'], kind: hash['kind'], name: hash['name'], username: hash['username'],
          email: hash['email'], scopes: hash['scopes'])
    end
  end
end
