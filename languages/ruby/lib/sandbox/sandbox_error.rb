# frozen_string_literal: true

module Sandbox
  # What the sandbox helper raises: `code` says what went wrong (CONSENT_HANDLER_MISSING,
  # AUTHORIZATION_ERROR_PAGE, UNEXPECTED_RESPONSE, INVALID_ARGUMENT, MOCK_SERVER_URL_MISSING,
  # CONNECTION_FAILED);
  # for an authorization server error page, `status` and `error` carry the server's answer.
  #
  # @example
  #   rescue Sandbox::SandboxError => e
  #     puts e.code
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1
  class SandboxError < StandardError
    attr_reader :code, :status, :error

    def initialize(code, message, status: nil, error: nil)
      super(message)
      @code = code
      @status = status
      @error = error
    end
  end
end
