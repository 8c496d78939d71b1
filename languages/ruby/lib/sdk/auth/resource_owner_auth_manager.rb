# frozen_string_literal: true

module Sdk
  # Gets tokens with the resource owner password credentials grant. Endpoint calls fetch a token
  # on first use; when it expires they use its refresh token, and fall back to a new password
  # grant if the refresh token is rejected with invalid_grant. Available as `client.http_ropcg`.
  #
  # @example
  #   token = client.http_ropcg.fetch_token
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
  class ResourceOwnerAuthManager < OAuthManager
    # Exchanges the configured username and password for an access token (with a refresh token),
    # makes it the manager's current token and returns it.
    #
    # @example
    #   token = client.http_ropcg.fetch_token
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2
    def fetch_token
      adopt(request_token({ grant_type: 'password', username: credentials.o_auth_username,
                            password: credentials.o_auth_password, scope: scope_parameter },
                          'Fetching a token with the password grant'))
    end

    private

    def new_grant(_cause = nil)
      fetch_token
    end
  end
end
