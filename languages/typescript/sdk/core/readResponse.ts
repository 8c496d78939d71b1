import type { ResponseHeaders } from '../errors';

/** A response read once: status, headers, raw text and (if it parsed) JSON. */
export interface ReadResponse {
  statusCode: number;
  headers: ResponseHeaders;
  body: string;
  json: unknown;
}

/** Reads a fetch Response fully; a body that is not JSON leaves `json` undefined. */
export async function readResponse(response: Response): Promise<ReadResponse> {
  const headers: ResponseHeaders = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const body = await response.text();
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  return { statusCode: response.status, headers, body, json };
}
