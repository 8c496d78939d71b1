import { useEffect, useRef, useState } from 'react';
import type { TypeCheckRequest, TypeCheckResponse, TypeDiagnostic } from './protocol';

/** Typing pauses this long before the code is checked again (the first check is at once). */
export const TYPE_CHECK_DEBOUNCE_MS = 300;

export type TypeCheckState =
  | { status: 'loading' }
  /** `code` is the text the diagnostics are for: while the reader types, it trails the editor. */
  | { status: 'checked'; code: string; diagnostics: TypeDiagnostic[] }
  | { status: 'failed'; message: string };

type Listener = (response: TypeCheckResponse) => void;

/** One worker for every editor on the page: TypeScript and the libraries are loaded once. */
let worker: Worker | undefined;
const listeners = new Set<Listener>();

function typeCheckWorker(): Worker {
  if (worker) return worker;
  // The literal `new Worker(new URL(…))` lets webpack bundle the worker as its own chunk, which
  // is fetched here, at the first Edit of a TypeScript snippet, and never before.
  worker = new Worker(new URL('./worker.ts', import.meta.url), { name: 'type-check' });
  worker.addEventListener('message', (event: MessageEvent<TypeCheckResponse>) => {
    for (const listener of listeners) listener(event.data);
  });
  worker.addEventListener('error', (event) => {
    const response: TypeCheckResponse = {
      type: 'failed',
      message: event.message || 'the type checker could not start',
    };
    for (const listener of listeners) listener(response);
  });
  return worker;
}

let nextId = 1;

/**
 * Type-checks `code` against the bundled SDK in the type-check worker while `key` is set
 * (`undefined`: no checking, and no worker), debounced while the reader types.
 */
export function useTypeCheck(code: string, key: string | undefined): TypeCheckState {
  const [state, setState] = useState<TypeCheckState>({ status: 'loading' });
  const latest = useRef({ id: 0, code });
  const started = useRef(false);

  useEffect(() => {
    if (key === undefined) return undefined;
    const listener: Listener = (response) => {
      if (response.type === 'failed') {
        setState({ status: 'failed', message: response.message });
      } else if (response.key === key && response.id === latest.current.id) {
        setState({
          status: 'checked',
          code: latest.current.code,
          diagnostics: response.diagnostics,
        });
      }
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [key]);

  useEffect(() => {
    if (key === undefined) return undefined;
    const send = () => {
      const id = nextId++;
      latest.current = { id, code };
      const request: TypeCheckRequest = { key, id, code };
      typeCheckWorker().postMessage(request);
    };
    if (!started.current) {
      started.current = true;
      send();
      return undefined;
    }
    const timer = window.setTimeout(send, TYPE_CHECK_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [code, key]);

  return state;
}
