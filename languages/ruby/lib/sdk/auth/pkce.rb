# frozen_string_literal: true

require 'securerandom'
require 'digest'
require 'base64'

module Sdk
  # PKCE (RFC 7636) verifiers and S256 challenges.
  #
  # @see https://www.rfc-editor.org/rfc/rfc7636#section-4.1
  module Pkce
    # A fresh code verifier: 32 random bytes, base64url without padding (43 characters).
    def self.create_code_verifier
      Base64.urlsafe_encode64(SecureRandom.random_bytes(32), padding: false)
    end

    # BASE64URL(SHA256(ASCII(verifier))) (RFC 7636 section 4.2).
    def self.s256_code_challenge(verifier)
      Base64.urlsafe_encode64(Digest::SHA256.digest(verifier), padding: false)
    end
  end
end
