# frozen_string_literal: true

module Sdk
  # Scopes the demo API defines: `read` allows `GET /me` and `GET /items`; `write` allows
  # `POST /items`. Plain strings (`'read'`) are accepted wherever these constants are.
  #
  # @example
  #   AuthorizationCodeAuthCredentials.new(
  #     o_auth_client_id: 'OAuthClientId', o_auth_client_secret: 'OAuthClientSecret',
  #     o_auth_redirect_uri: 'https://example.com/oauth/callback',
  #     o_auth_scopes: [OAuthScopeEnum::READ_SCOPE, OAuthScopeEnum::WRITE_SCOPE]
  #   )
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-3.3
  module OAuthScopeEnum
    # Read the user's profile and items.
    READ_SCOPE = 'read'
    # Create items.
    WRITE_SCOPE = 'write'

    # Every scope the API defines.
    def self.all
      [READ_SCOPE, WRITE_SCOPE]
    end
  end
end
