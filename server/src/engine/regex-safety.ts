/**
 * User-supplied detector patterns (`customDetectors` in .leakproof.json) must run in bounded time:
 * one regex cannot be interrupted, so `(a+)+$` on a run of "a"s would hang `scan`, the pre-commit
 * hook and the editor's worker (issue 8, "Hangs"). Super-linear patterns are rejected at config
 * load with a message saying why.
 *
 * Why not V8's linear engine (the `l` flag)? Node 20 accepts `--enable-experimental-regexp-engine`
 * through v8.setFlagsFromString before a regex is compiled, but the engine then refuses the `d`
 * flag (match indices, which the scanner needs for group ranges), the `i` flag, and any counted
 * repetition above a small bound (`{20,40}`, the shape of nearly every token): it would reject
 * most real custom patterns. So: a static check, then a growth probe.
 *
 * 1. Static: backreferences (exponential in general); a repeated group that contains an unbounded
 *    quantifier (`(a+)+`, `(a*){2,9}`), or an unboundedly repeated group that contains any
 *    repetition or an alternation (`(a{1,3})*`, `(a|ab)+`) — the shapes of catastrophic backtracking.
 * 2. Probe: the pattern is run on runs of each character it mentions (and a few common ones) at 32
 *    and 128 characters; a growth of more than 10× for 4× the input (linear is 4, quadratic 16)
 *    rejects it. This catches polynomial shapes the static check lets through (`\s*\s*\s*x`).
 */

interface Group {
  /** The group holds a quantifier whose maximum is unbounded. */
  unbounded: boolean;
  /** The group holds any repetition (maximum above 1). */
  repeats: boolean;
  alternation: boolean;
}

interface Quantifier {
  readonly length: number;
  readonly max: number; // Infinity for *, + and {n,}
}

function quantifierAt(source: string, at: number): Quantifier | undefined {
  const ch = source[at];
  let quantifier: Quantifier;
  if (ch === '*' || ch === '+') quantifier = { length: 1, max: Infinity };
  else if (ch === '?') quantifier = { length: 1, max: 1 };
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!m) return undefined;
    quantifier = { length: m[0].length, max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
  } else return undefined;
  // Lazy (`+?`) backtracks the same way.
  return source[at + quantifier.length] === '?' ? { ...quantifier, length: quantifier.length + 1 } : quantifier;
}

/** Why the pattern's structure can backtrack catastrophically, or undefined. */
export function staticRegexProblem(source: string): string | undefined {
  const stack: Group[] = [{ unbounded: false, repeats: false, alternation: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k'))
        return 'it uses a backreference (\\1, \\k<name>), which can take exponential time';
      i++;
      // An escaped atom may carry a quantifier: fall through to the quantifier check below.
      const q = inClass ? undefined : quantifierAt(source, i + 1);
      if (q) {
        mark(stack[stack.length - 1]!, q);
        i += q.length;
      }
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        const q = quantifierAt(source, i + 1);
        if (q) {
          mark(stack[stack.length - 1]!, q);
          i += q.length;
        }
      }
      continue;
    }
    if (ch === '[') {
      inClass = true;
      if (source[i + 1] === ']') i++; // `[]]` is not valid JS, but `[^]]` style edge cases are rare
      continue;
    }
    if (ch === '(') {
      stack.push({ unbounded: false, repeats: false, alternation: false });
      continue;
    }
    if (ch === '|') {
      stack[stack.length - 1]!.alternation = true;
      continue;
    }
    if (ch === ')') {
      const group = stack.length > 1 ? stack.pop()! : { unbounded: false, repeats: false, alternation: false };
      const q = quantifierAt(source, i + 1);
      const parent = stack[stack.length - 1]!;
      if (q && q.max > 1) {
        if (group.unbounded) return `a repeated group contains an unbounded quantifier (like (a+)+): catastrophic backtracking`;
        if (q.max === Infinity && (group.repeats || group.alternation)) {
          return `an unboundedly repeated group contains ${group.alternation ? 'an alternation (like (a|ab)+)' : 'a repetition (like (a{1,3})*)'}: catastrophic backtracking`;
        }
      }
      parent.unbounded ||= group.unbounded;
      parent.repeats ||= group.repeats;
      if (q) {
        mark(parent, q);
        i += q.length;
      }
      continue;
    }
    const q = quantifierAt(source, i + 1);
    if (q) {
      mark(stack[stack.length - 1]!, q);
      i += q.length;
    }
  }
  return undefined;
}

function mark(group: Group, q: Quantifier): void {
  if (q.max === Infinity) group.unbounded = true;
  if (q.max > 1) group.repeats = true;
}

/** Microseconds per exec of `regex` on `text`: repeated until measurable, best of three rounds. */
function microsPerExec(regex: RegExp, text: string): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    let runs = 0;
    const started = performance.now();
    let elapsed: number;
    do {
      regex.lastIndex = 0;
      regex.exec(text);
      runs++;
      elapsed = (performance.now() - started) * 1000;
    } while (elapsed < 300 && runs < 1000);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

function microsOnce(regex: RegExp, text: string): number {
  const started = performance.now();
  regex.lastIndex = 0;
  regex.exec(text);
  return (performance.now() - started) * 1000;
}

const PROBE_SMALL = 32;
const PROBE_LARGE = 128;
const MAX_PROBE_GROWTH = 10;
/** A single run of PROBE_LARGE characters faster than this shows no growth worth measuring. */
const PROBE_GATE_MICROS = 10;

/** Characters worth repeating: the literals the pattern mentions, plus common token characters. */
function probeCharacters(source: string): string[] {
  const chars = new Set<string>(['a', 'A', '0', ' ', '-', '\n']);
  for (const ch of source.replace(/\\[a-zA-Z]/g, '')) if (/[\x21-\x7e]/.test(ch) && !'()[]{}|*+?^$\\<>!='.includes(ch)) chars.add(ch);
  return [...chars].slice(0, 24);
}

/** Why the pattern grows super-linearly on a run of one character, or undefined. */
export function probeRegexGrowth(source: string, flags = ''): string | undefined {
  const regex = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');
  for (const ch of probeCharacters(source)) {
    // A run followed by a character that rarely completes a match, so a failing search backtracks.
    const large = `${ch.repeat(PROBE_LARGE)}\u0001`;
    microsOnce(regex, large); // compile
    if (microsOnce(regex, large) < PROBE_GATE_MICROS) continue;
    const small = microsPerExec(regex, `${ch.repeat(PROBE_SMALL)}\u0001`);
    const largeMicros = microsPerExec(regex, large);
    let growth = largeMicros / Math.max(small, 0.05);
    // Confirm at 4× the size: a bounded repetition (`\w{1,24}` tried at every start) ramps up on
    // short runs, then grows linearly; a truly super-linear pattern keeps growing. Skipped when
    // the large run is already slow (a cubic pattern on 4× more would take seconds).
    if (growth > MAX_PROBE_GROWTH && largeMicros < 5000) {
      growth = Math.min(growth, microsPerExec(regex, `${ch.repeat(4 * PROBE_LARGE)}\u0001`) / Math.max(largeMicros, 0.05));
    }
    if (growth > MAX_PROBE_GROWTH) {
      const shown = ch === ' ' ? 'spaces' : ch === '\n' ? 'line breaks' : `"${ch}"`;
      return `it takes super-linear time on a run of ${shown} (${Math.round(growth)}× slower for 4× the input)`;
    }
  }
  return undefined;
}

/** The reason a user-supplied pattern cannot be run safely, or undefined when it can. */
export function unsafeRegexReason(source: string, flags = ''): string | undefined {
  return staticRegexProblem(source) ?? probeRegexGrowth(source, flags);
}
