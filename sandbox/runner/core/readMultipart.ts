import { append, intrinsics, splitText } from './intrinsics';

const { exec, indexOf, slice } = intrinsics;

/** A multipart field as the inspector shows it: its name, and its text or a file's summary. */
export interface MultipartField {
  name: string;
  value: string;
  file?: { name: string; size: number };
}

/**
 * Reads a `multipart/form-data` body (RFC 7578) from its bytes, with the boundary the body itself
 * starts with, or undefined when the text is not multipart. Not the one the `Content-Type` header
 * declares: `fetch(new Request(url, { body: form }), { body: form })` (what Pyodide's `pyfetch`
 * does) encodes the form a second time with a new boundary and keeps the first request's header,
 * and a body that does not parse must still have its fields masked (issue 22).
 */
export function readMultipart(text: string): MultipartField[] | undefined {
  const first = exec(/^--([^\r\n]{1,200}?)[ \t]*\r?\n/, text);
  if (first === null) return undefined;
  const delimiter = `--${first[1]!}`;
  const parts = splitText(text, delimiter);
  const fields: MultipartField[] = [];
  // parts[0] is what precedes the first delimiter (nothing); the last part starts with `--`.
  for (let index = 1; index < parts.length; index++) {
    const part = parts[index]!;
    if (slice(part, 0, 2) === '--') break;
    const headersEnd = headerEnd(part);
    if (headersEnd === undefined) return undefined;
    const headers = slice(part, 0, headersEnd.at);
    let body = slice(part, headersEnd.at + headersEnd.length);
    // The line break before the next delimiter belongs to the delimiter.
    if (slice(body, -2) === '\r\n') body = slice(body, 0, -2);
    else if (slice(body, -1) === '\n') body = slice(body, 0, -1);
    const name = exec(/;\s*name="([^"]*)"/i, headers)?.[1];
    if (name === undefined) return undefined;
    const fileName = exec(/;\s*filename="([^"]*)"/i, headers)?.[1];
    append(
      fields,
      fileName === undefined
        ? { name, value: body }
        : { name, value: '', file: { name: fileName, size: body.length } },
    );
  }
  return fields.length > 0 ? fields : undefined;
}

function headerEnd(part: string): { at: number; length: number } | undefined {
  const crlf = indexOf(part, '\r\n\r\n');
  if (crlf !== -1) return { at: crlf, length: 4 };
  const lf = indexOf(part, '\n\n');
  return lf === -1 ? undefined : { at: lf, length: 2 };
}
