# frozen_string_literal: true

module Sdk
  # Credentials for the authorization code grant (with PKCE).
  #
  # @example
  #   client = Client.new(
  #     authorization_code_auth_credentials: AuthorizationCodeAuthCredentials.new(
  #       o_auth_client_id: 'OAuthClientId', o_auth_client_secret: 'OAuthClientSecret',
  #       o_auth_redirect_uri: 'https://example.com/oauth/callback',
  #       o_auth_scopes: [OAuthScopeEnum::READ_SCOPE]
  #     )
  #   )
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
  class AuthorizationCodeAuthCredentials < OAuthCredentials
    # Redirect URI registered for the client; must match exactly.
    attr_reader :o_auth_redirect_uri

    def initialize(o_auth_redirect_uri: nil, **shared)
      @o_auth_redirect_uri = o_auth_redirect_uri
      super(**shared)
    end

    def options
      super.merge(o_auth_redirect_uri: o_auth_redirect_uri)
    end

    private

    def required_options
      super + %i[o_auth_redirect_uri]
    end
  end
end
