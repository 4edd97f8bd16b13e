/**
 * "Did you mean …?" for mistyped options (`--fromat` → `--format`), as git and gitleaks users expect:
 * the closest known option within two edits (Damerau–Levenshtein, adjacent swaps count as one).
 */

function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name closest to `typed` (both without leading dashes), or undefined when none is within two edits. */
export function closest(typed: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(typed, name);
    if (distance <= 2 && distance < typed.length && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Rewrites node's parseArgs "Unknown option '--x'" into one line with a suggestion, when there is one. */
export function explainUnknownOption(message: string, known: readonly string[]): string {
  const typed = /Unknown option '(-{1,2})([^']+)'/.exec(message);
  if (!typed) return message;
  const suggestion = closest(typed[2]!, known);
  return `unknown option ${typed[1]}${typed[2]}${suggestion ? ` (did you mean --${suggestion}?)` : ''}`;
}
