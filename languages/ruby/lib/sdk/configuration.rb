# frozen_string_literal: true

module Sdk
  # Everything a Client is built from: the credentials group(s) of the grant(s) you use, the
  # server URLs and the HTTP timeout. Immutable; `clone_with` returns a changed copy, which
  # `Client.new(config: ...)` turns into a new client.
  #
  # Base URLs: the option if given, else the environment variable (SDK_AUTH_SERVER_URL,
  # SDK_API_BASE_URL) if set, else https://auth.example.com and https://api.example.com/v1.
  #
  # @example
  #   config = client.config.clone_with(
  #     client_credentials_auth_credentials: client.config.client_credentials_auth_credentials.clone_with(
  #       o_auth_token: token
  #     )
  #   )
  #   client = Client.new(config: config)
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3
  class Configuration
    DEFAULT_AUTH_SERVER_URL = 'https://auth.example.com'
    DEFAULT_API_BASE_URL = 'https://api.example.com/v1'
    GROUPS = {
      client_credentials_auth_credentials: ClientCredentialsAuthCredentials,
      resource_owner_auth_credentials: ResourceOwnerAuthCredentials,
      authorization_code_auth_credentials: AuthorizationCodeAuthCredentials
    }.freeze

    attr_reader :client_credentials_auth_credentials, :resource_owner_auth_credentials,
                :authorization_code_auth_credentials
    # Authorization server base URL (its token endpoint is <auth_server_url>/oauth2/token).
    attr_reader :auth_server_url
    # Protected API base URL.
    attr_reader :api_base_url
    # Seconds to wait for a connection and for each response.
    attr_reader :timeout

    def initialize(client_credentials_auth_credentials: nil, resource_owner_auth_credentials: nil,
                   authorization_code_auth_credentials: nil, auth_server_url: nil, api_base_url: nil, timeout: 30)
      @client_credentials_auth_credentials = client_credentials_auth_credentials
      @resource_owner_auth_credentials = resource_owner_auth_credentials
      @authorization_code_auth_credentials = authorization_code_auth_credentials
      @auth_server_url = auth_server_url || from_environment('SDK_AUTH_SERVER_URL') || DEFAULT_AUTH_SERVER_URL
      @api_base_url = api_base_url || from_environment('SDK_API_BASE_URL') || DEFAULT_API_BASE_URL
      @timeout = timeout
      validate
      freeze
    end

    # A copy with `changes` applied; credentials groups given replace the current ones (build them
    # with the current group's `clone_with` to keep its other options).
    #
    # @example
    #   client.config.clone_with(api_base_url: 'http://127.0.0.1:4010/api/v1')
    # @see https://www.rfc-editor.org/rfc/rfc6749#section-7
    def clone_with(**changes)
      unknown = changes.keys - options.keys
      unless unknown.empty?
        raise ConfigurationException,
              "Configuration#clone_with: unknown option #{unknown.map(&:inspect).join(', ')}; it accepts #{options.keys.map(&:inspect).join(', ')}"
      end

      Configuration.new(**options.merge(changes))
    end

    # Every option as a keyword Hash, as `new` takes them.
    def options
      GROUPS.keys.to_h { |name| [name, public_send(name)] }
                 .merge(auth_server_url: auth_server_url, api_base_url: api_base_url, timeout: timeout)
    end

    # A view for logs, with every secret and token redacted.
    def inspect
      "#<Sdk::Configuration #{options.compact.map { |name, value| "#{name}=#{value.inspect}" }.join(' ')}>"
    end
    alias to_s inspect

    private

    def from_environment(name)
      value = ENV.fetch(name, '')
      value.empty? ? nil : value
    end

    def validate
      GROUPS.each do |name, type|
        value = public_send(name)
        next if value.nil? || value.is_a?(type)

        raise ConfigurationException,
              "Client.new: #{name} must be a #{type.name.split('::').last} (build it with #{type.name.split('::').last}.new(...)), got #{value.class}"
      end
      { auth_server_url: auth_server_url, api_base_url: api_base_url }.each do |name, url|
        next if url.is_a?(String) && url.match?(%r{\Ahttps?://[^/\s]+}i)

        raise ConfigurationException, "Client.new: #{name} must be an http(s) URL, got #{url.inspect}"
      end
    end
  end
end
