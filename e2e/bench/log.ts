import { loadAverage } from './machine';

/** A progress line with the time and the machine's load, so a slow figure can be explained. */
export function log(message: string) {
  console.log(
    `[bench ${new Date().toISOString().slice(11, 19)}] ${message} (load ${loadAverage()})`,
  );
}
