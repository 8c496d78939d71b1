/**
 * Code carried in a link's fragment: UTF-8, compressed with the browser's own `deflate-raw`
 * (CompressionStream, no library), in base64url (RFC 4648 §5), so nothing needs escaping in a URL.
 * The fragment never reaches a server: the shared code stays between the two readers.
 */

/** The most a shared link's code may decompress to: a link crafted to inflate to gigabytes stops here. */
export const maxSharedCodeBytes = 256 * 1024;

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new Error(`its code is over ${Math.round(limit / 1024)} KB once unpacked`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) {
    throw new Error('its code has characters a shared link never holds (was it edited by hand?)');
  }
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** `code`, compressed, as base64url. */
export async function encodeLinkCode(code: string): Promise<string> {
  const input = new Blob([new TextEncoder().encode(code)]).stream();
  const packed = await collect(
    input.pipeThrough(new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  return toBase64Url(packed);
}

/**
 * The code `encodeLinkCode` packed. Throws an error whose message completes "This link's code
 * could not be opened: …" when the text was cut short, changed, or is not such code.
 */
export async function decodeLinkCode(payload: string): Promise<string> {
  if (payload === '') throw new Error('it holds no code');
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64Url(payload);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('its code')) throw error;
    throw new Error('its code is not valid base64url (was the link cut short?)');
  }
  let unpacked: Uint8Array;
  try {
    unpacked = await collect(
      new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
      maxSharedCodeBytes,
    );
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('its code')) throw error;
    throw new Error('its code is damaged and does not unpack (was the link cut short or changed?)');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    throw new Error('its code unpacks to something that is not text');
  }
}
