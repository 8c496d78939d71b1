# frozen_string_literal: true

module Sdk
  # GET /me: who the access token acts for (scope read). Available as `client.user_controller`.
  #
  # @example
  #   puts "Hello, #{client.user_controller.get_profile.data.name}"
  # @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
  class UserController
    # @api private: created by Client; use client.user_controller.
    def initialize(api_call)
      @api_call = api_call
    end

    # The profile of the token's subject (GET /me, scope read), as ApiResponse of UserProfile.
    #
    # @example
    #   profile = client.user_controller.get_profile.data
    # @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
    def get_profile
      @api_call.call(:get, '/me', UserProfile)
    end
  end
end
