/**
 * Text written to stdout or stderr, as lines: WASI hands over bytes in whatever pieces Ruby
 * writes (UTF-8 may be split anywhere); `flush` hands over a last line without a newline.
 */
export class LineWriter {
  readonly #decoder = new TextDecoder('utf-8');
  #pending = '';

  constructor(readonly onLine: (line: string) => void) {}

  write(bytes: Uint8Array): void {
    this.#pending += this.#decoder.decode(bytes, { stream: true });
    const lines = this.#pending.split('\n');
    this.#pending = lines.pop() ?? '';
    for (const line of lines) this.onLine(line);
  }

  flush(): void {
    const rest = this.#pending + this.#decoder.decode();
    this.#pending = '';
    if (rest !== '') this.onLine(rest);
  }
}
