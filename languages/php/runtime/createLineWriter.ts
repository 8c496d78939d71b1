/** A line longer than this (in bytes) is handed on in parts: the Output cuts long lines anyway. */
const maxLineBytes = 64 * 1024;

/**
 * Turns the bytes PHP writes (one at a time, as Emscripten hands them over) into UTF-8 lines for
 * the Output, one call per line without its newline; `flush` hands on an unfinished last line.
 */
export function createLineWriter(onLine: (line: string) => void): {
  write(byte: number | null): void;
  flush(): void;
} {
  const decoder = new TextDecoder();
  let bytes = new Uint8Array(256);
  let length = 0;
  const emit = () => {
    onLine(decoder.decode(bytes.subarray(0, length)));
    length = 0;
  };
  return {
    write(byte) {
      if (byte === null) return;
      if (byte === 10) {
        emit();
        return;
      }
      if (length === bytes.length) {
        const grown = new Uint8Array(bytes.length * 2);
        grown.set(bytes);
        bytes = grown;
      }
      bytes[length++] = byte & 0xff;
      if (length >= maxLineBytes) emit();
    },
    flush() {
      if (length > 0) emit();
    },
  };
}
