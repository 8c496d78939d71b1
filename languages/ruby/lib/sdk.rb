# frozen_string_literal: true

# The reference Ruby SDK the documentation's Ruby snippets use (`require 'sdk'`, `include Sdk`):
# a client for the demo API that authorizes its calls with OAuth 2.0 (client credentials, resource
# owner password credentials, authorization code with PKCE). Standard library only.
#
# @see https://www.rfc-editor.org/rfc/rfc6749#section-1.3
module Sdk
end

require_relative 'sdk/clock'
require_relative 'sdk/errors'
require_relative 'sdk/o_auth_scope_enum'
require_relative 'sdk/o_auth_token'
require_relative 'sdk/o_auth_credentials'
require_relative 'sdk/client_credentials_auth_credentials'
require_relative 'sdk/resource_owner_auth_credentials'
require_relative 'sdk/authorization_code_auth_credentials'
require_relative 'sdk/configuration'
require_relative 'sdk/api_response'
require_relative 'sdk/models/user_profile'
require_relative 'sdk/models/item'
require_relative 'sdk/models/item_list'
require_relative 'sdk/http/http_client'
require_relative 'sdk/http/join_url'
require_relative 'sdk/http/bearer_challenge'
require_relative 'sdk/auth/pkce'
require_relative 'sdk/auth/token_request'
require_relative 'sdk/auth/o_auth_manager'
require_relative 'sdk/auth/client_credentials_auth_manager'
require_relative 'sdk/auth/resource_owner_auth_manager'
require_relative 'sdk/auth/authorization_code_auth_manager'
require_relative 'sdk/controllers/api_call'
require_relative 'sdk/controllers/user_controller'
require_relative 'sdk/controllers/items_controller'
require_relative 'sdk/client'
