# frozen_string_literal: true

# Compiles (without running) every Ruby file named on the command line, in one process, and
# prints one JSON line per file that does not parse: {"file", "line", "message"}. Exit 0 either
# way; a non-zero exit means this checker itself failed. Used by harness.ts `prepare`.
require 'json'

ARGV.each do |file|
  RubyVM::InstructionSequence.compile_file(file)
rescue SyntaxError => e
  # "<file>:<line>: <message>", possibly several such lines for one error.
  first = e.message.lines.find { |line| line.start_with?("#{file}:") } || e.message.lines.first.to_s
  line = first[/\A#{Regexp.escape(file)}:(\d+):/, 1]
  message = e.message.lines.map { |text| text.sub(/\A#{Regexp.escape(file)}:\d+:\s*/, '') }.join.strip
  puts JSON.generate(file: file, line: line&.to_i, message: message)
end
