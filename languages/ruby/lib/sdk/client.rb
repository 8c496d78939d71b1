# frozen_string_literal: true

module Sdk
  # The SDK client: its configuration, one auth manager per configured credentials group and the
  # API controllers. Build it from options or from a configuration:
  # `Client.new(client_credentials_auth_credentials: ...)` or `Client.new(config: config)`.
  # A client never changes its configuration; to use a token, build a new client from
  # `client.config.clone_with(...)`.
  #
  # Which token an endpoint call uses: the first configured group in the order authorization
  # code, resource owner, client credentials.
  #
  # @example
  #   client = Client.new(
  #     client_credentials_auth_credentials: ClientCredentialsAuthCredentials.new(
  #       o_auth_client_id: 'OAuthClientId',
  #       o_auth_client_secret: 'OAuthClientSecret'
  #     )
  #   )
  #   items = client.items_controller.list_items.data.items
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-1.2
  class Client
    # The Configuration this client was built from.
    attr_reader :config
    # Endpoints about the token's subject (GET /me).
    attr_reader :user_controller
    # Endpoints of the items resource (GET /items, POST /items).
    attr_reader :items_controller

    def initialize(config: nil, **options)
      if config && !options.empty?
        raise ConfigurationException,
              "Client.new: pass either config: or options (#{options.keys.join(', ')}), not both; " \
              'apply changes with config.clone_with(...)'
      end

      @config = config || Configuration.new(**options)
      http = HttpClient.new(timeout: @config.timeout)
      auth = @config.auth_server_url
      @managers = {
        http_acg: build(AuthorizationCodeAuthManager, http, auth, @config.authorization_code_auth_credentials),
        http_ropcg: build(ResourceOwnerAuthManager, http, auth, @config.resource_owner_auth_credentials),
        http_ccg: build(ClientCredentialsAuthManager, http, auth, @config.client_credentials_auth_credentials)
      }
      api_call = ApiCall.new(http, @config.api_base_url) { endpoint_manager }
      @user_controller = UserController.new(api_call)
      @items_controller = ItemsController.new(api_call)
    end

    # The client credentials grant's manager.
    #
    # @example
    #   token = client.http_ccg.fetch_token
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.4
    def http_ccg
      manager(:http_ccg, :client_credentials_auth_credentials, 'ClientCredentialsAuthCredentials')
    end

    # The resource owner password grant's manager.
    #
    # @example
    #   token = client.http_ropcg.fetch_token
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.3
    def http_ropcg
      manager(:http_ropcg, :resource_owner_auth_credentials, 'ResourceOwnerAuthCredentials')
    end

    # The authorization code grant's manager.
    #
    # @example
    #   auth_url = client.http_acg.get_authorization_url
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1
    def http_acg
      manager(:http_acg, :authorization_code_auth_credentials, 'AuthorizationCodeAuthCredentials')
    end

    # A view for logs, with every secret and token redacted (RFC 6749 section 10.3).
    def inspect
      "#<Sdk::Client config=#{config.inspect}>"
    end
    alias to_s inspect

    private

    def build(type, http, auth_server_url, credentials)
      credentials && type.new(http, auth_server_url, credentials)
    end

    def manager(name, option, type)
      @managers[name] or raise ConfigurationException,
                               "client.#{name}: #{option} is not configured; pass #{option}: #{type}.new(...) to Client.new"
    end

    def endpoint_manager
      @managers.values.compact.first or raise ConfigurationException,
                                              'No OAuth credentials configured: pass client_credentials_auth_credentials, ' \
                                              'resource_owner_auth_credentials or authorization_code_auth_credentials to Client.new'
    end
  end
end
