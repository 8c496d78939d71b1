/**
 * A clock move as the Output says it: `1 h`, `5 min`, `90 s`. Shared by the live runner's notes
 * (the reader's clock controls) and recorded runs (the program's own `Clock.advance`).
 */
export function formatDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
