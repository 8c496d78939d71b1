import type { RequestHandler } from 'express';

/** One request the mock server answered. */
export interface LoggedRequest {
  method: string;
  /** Path and query, e.g. `/auth/oauth2/authorize?response_type=code&…` */
  url: string;
  status: number;
}

/**
 * The requests a mock server answered since its last reset (controls excluded), so a harness
 * can tell, for example, whether a run showed a consent screen.
 */
export class RequestLog {
  #entries: LoggedRequest[] = [];

  get entries(): readonly LoggedRequest[] {
    return this.#entries;
  }

  clear(): void {
    this.#entries = [];
  }

  /** Consent pages served: `GET …/oauth2/authorize` answered 200 (a form for the user). */
  consentScreens(): number {
    return this.#entries.filter(
      (entry) =>
        entry.method === 'GET' &&
        entry.status === 200 &&
        new URL(entry.url, 'http://mock').pathname.endsWith('/oauth2/authorize'),
    ).length;
  }

  middleware(): RequestHandler {
    return (request, response, next) => {
      if (!request.originalUrl.startsWith('/__control')) {
        response.once('finish', () => {
          this.#entries.push({
            method: request.method,
            url: request.originalUrl,
            status: response.statusCode,
          });
        });
      }
      next();
    };
  }
}
