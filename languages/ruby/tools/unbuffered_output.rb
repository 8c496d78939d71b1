# frozen_string_literal: true

# Loaded with `ruby -r` before each snippet by harness.ts: output goes out as it is printed, so a
# run killed at its time limit still shows what it printed. Not part of the snippet.
$stdout.sync = true
$stderr.sync = true
