/** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** `fetchAccessToken`, `fetch_access_token`, `fetch-access-token` → ['fetch', 'access', 'token']. */
const words = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-/.]+/)
    .filter(Boolean);

/**
 * The known name the writer most likely meant, for a "did you mean" hint: a near-spelling
 * (`titel` → `title`, `fetchTokn` → `fetchToken`; at most 2 edits, or a sixth of the name for long
 * ids, and fewer than half its letters), else the name sharing most words (`fetchAccessToken` → `fetchToken` rather than
 * `getAccessToken`). Undefined when nothing is close.
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: { candidate: string; typo: boolean; score: number; distance: number } | undefined;
  const mine = new Set(words(name));
  const typoLimit = Math.max(2, Math.floor(name.length / 6));
  for (const candidate of known) {
    if (candidate === name) continue;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    const theirs = new Set(words(candidate));
    const common = [...mine].filter((word) => theirs.has(word)).length;
    const score = common / new Set([...mine, ...theirs]).size;
    // Two edits turn "Guid" into "Build": a short name needs most of its letters right.
    const typo = distance <= typoLimit && distance * 2 < name.length;
    if (!typo && score < 0.5) continue;
    const better =
      best === undefined ||
      (typo && !best.typo) ||
      (typo === best.typo &&
        (typo
          ? distance < best.distance
          : score > best.score || (score === best.score && distance < best.distance)));
    if (better) best = { candidate, typo, score, distance };
  }
  return best?.candidate;
}

/** ` Did you mean "title"?` or an empty string: ready to append to a message. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const suggestion = closestName(name, known);
  return suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
}
