# frozen_string_literal: true

module Sdk
  # Credentials for the client credentials grant: the client acts on its own behalf.
  #
  # @example
  #   client = Client.new(
  #     client_credentials_auth_credentials: ClientCredentialsAuthCredentials.new(
  #       o_auth_client_id: 'OAuthClientId',
  #       o_auth_client_secret: 'OAuthClientSecret'
  #     )
  #   )
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
  class ClientCredentialsAuthCredentials < OAuthCredentials
  end
end
