# frozen_string_literal: true

module Sdk
  # The one place the SDK reads "now" from, so token expiry can be shown without waiting: the
  # `sandbox` helper's `Sandbox.clock.advance(seconds)` moves it (and the mock server's clock) by
  # the same amount. Outside the sandbox the offset stays 0 and this is the system clock.
  #
  # @see https://www.rfc-editor.org/rfc/rfc6749#section-5.1 (expires_in is relative to "now")
  module Clock
    @offset_seconds = 0
    @lock = Mutex.new

    class << self
      # Seconds the clock has been moved ahead of real time.
      attr_reader :offset_seconds

      # The current time as Unix seconds (a Float): real time plus the offset.
      def now
        Process.clock_gettime(Process::CLOCK_REALTIME) + @offset_seconds
      end

      # Moves the clock ahead by `seconds` (non-negative). Used by the sandbox helper.
      def advance(seconds)
        unless seconds.is_a?(Numeric) && seconds >= 0
          raise ArgumentError, "Sdk::Clock.advance(seconds) needs a non-negative number, got #{seconds.inspect}"
        end

        @lock.synchronize { @offset_seconds += seconds }
      end

      # Back to real time.
      def reset
        @lock.synchronize { @offset_seconds = 0 }
      end
    end
  end
end
