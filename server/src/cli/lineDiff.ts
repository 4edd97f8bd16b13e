/**
 * Which lines does a change add? The staged scan diffs the HEAD blob against the index blob itself
 * (it already holds both from one `git cat-file --batch`): no patch parsing, no dependence on
 * `.gitattributes` diff drivers that would turn a text file into "Binary files differ".
 *
 * Myers' O(ND) algorithm (the one git uses by default), after trimming the common prefix and
 * suffix. Lines are compared without a trailing `\r`, so a CRLF → LF conversion adds nothing.
 * Past a work budget (huge rewrites) it falls back to a multiset comparison: a line counts as
 * added when the old version has no unmatched copy of it — the same answer for any line that is
 * genuinely new, which is all a secret scan needs.
 */

/** Upper bound on the edit distance explored (memory is O(D²) for the backtrack). */
const MAX_EDIT_DISTANCE = 2000;
/** Upper bound on inner-loop steps before falling back. */
const MAX_WORK = 30_000_000;

export function splitLines(text: string): string[] {
  return text.split('\n');
}

function intern(before: readonly string[], after: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const id = (line: string) => {
    const key = line.endsWith('\r') ? line.slice(0, -1) : line;
    let value = ids.get(key);
    if (value === undefined) ids.set(key, (value = ids.size));
    return value;
  };
  return [Int32Array.from(before, id), Int32Array.from(after, id)];
}

/** Flags (1 = added) for each line of `after`, relative to `before`. */
export function addedLineFlags(before: readonly string[], after: readonly string[]): Uint8Array {
  const flags = new Uint8Array(after.length);
  if (before.length === 0) return flags.fill(1);
  const [a, b] = intern(before, after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const oldMid = a.subarray(prefix, a.length - suffix);
  const newMid = b.subarray(prefix, b.length - suffix);
  if (newMid.length === 0) return flags;
  if (oldMid.length === 0) {
    flags.fill(1, prefix, prefix + newMid.length);
    return flags;
  }
  const inserted = myersInsertions(oldMid, newMid) ?? multisetInsertions(oldMid, newMid);
  for (let i = 0; i < inserted.length; i++) if (inserted[i]) flags[prefix + i] = 1;
  return flags;
}

/** Insertions into `b` of a shortest edit script from `a`, or undefined past the budget. */
function myersInsertions(a: Int32Array, b: Int32Array): Uint8Array | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let work = 0;
  let found = -1;
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      const snakeStart = x;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      work += 1 + x - snakeStart;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break outer;
      }
    }
    if (work > MAX_WORK) return undefined;
  }
  if (found < 0) return undefined;
  const inserted = new Uint8Array(m);
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const snapshot = trace[d]!; // v at the start of round d: values for k in [-d, d] at index k + d
    const at = (k: number) => snapshot[k + d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (x === prevX) inserted[prevY] = 1; // a step down: line prevY of b is inserted
    x = prevX;
    y = prevY;
  }
  return inserted;
}

function multisetInsertions(a: Int32Array, b: Int32Array): Uint8Array {
  const available = new Map<number, number>();
  for (const line of a) available.set(line, (available.get(line) ?? 0) + 1);
  const inserted = new Uint8Array(b.length);
  b.forEach((line, i) => {
    const left = available.get(line) ?? 0;
    if (left > 0) available.set(line, left - 1);
    else inserted[i] = 1;
  });
  return inserted;
}
