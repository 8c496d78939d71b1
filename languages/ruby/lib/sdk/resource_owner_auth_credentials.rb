# frozen_string_literal: true

module Sdk
  # Credentials for the resource owner password credentials grant.
  #
  # @example
  #   client = Client.new(
  #     resource_owner_auth_credentials: ResourceOwnerAuthCredentials.new(
  #       o_auth_client_id: 'OAuthClientId', o_auth_client_secret: 'OAuthClientSecret',
  #       o_auth_username: 'OAuthUsername', o_auth_password: 'OAuthPassword'
  #     )
  #   )
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
  class ResourceOwnerAuthCredentials < OAuthCredentials
    # The resource owner's username.
    attr_reader :o_auth_username
    # The resource owner's password: sent only in the token request body.
    attr_reader :o_auth_password

    def initialize(o_auth_username: nil, o_auth_password: nil, **shared)
      @o_auth_username = o_auth_username
      @o_auth_password = o_auth_password
      super(**shared)
    end

    def options
      super.merge(o_auth_username: o_auth_username, o_auth_password: o_auth_password)
    end

    private

    def required_options
      super + %i[o_auth_username o_auth_password]
    end
  end
end
