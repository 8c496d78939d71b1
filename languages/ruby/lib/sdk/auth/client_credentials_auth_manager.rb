# frozen_string_literal: true

module Sdk
  # Gets tokens with the client credentials grant: the client acts on its own behalf. Endpoint
  # calls fetch a token on first use and a new one when it expires (this grant issues no refresh
  # token). Available as `client.http_ccg`.
  #
  # @example
  #   token = client.http_ccg.fetch_token
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
  class ClientCredentialsAuthManager < OAuthManager
    # Requests a new access token with the client's credentials (and the configured scopes),
    # makes it the manager's current token and returns it.
    #
    # @example
    #   token = client.http_ccg.fetch_token
    #   puts token.expires_in
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2
    def fetch_token
      adopt(request_token({ grant_type: 'client_credentials', scope: scope_parameter },
                          'Fetching a token with the client credentials grant'))
    end

    private

    def new_grant(_cause = nil)
      fetch_token
    end
  end
end
