/**
 * Single-pass keyword prefilter (ENGINE.md, pipeline step 1): one Aho–Corasick pass over the text
 * finds every detector keyword, case-insensitively, so that only the detectors worth running run.
 * Measured on this project: one keyword pass then the few matching detectors beats running every
 * regex by ~5×, and merging the token regexes into one big alternation is slower still.
 */

/** Folds ASCII upper case to lower case; every other code unit maps to itself. */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

const ALPHABET_SIZE = 128; // keywords are ASCII; any other code unit resets the automaton

/**
 * Every UTF-16 code unit folded to the automaton's alphabet in one lookup: ASCII upper case to
 * lower case, and everything outside ASCII to 0 (NUL), which no keyword contains and so leads
 * back to the root. One table lookup instead of two branches per character in the hot loop.
 */
const FOLD = (() => {
  const table = new Uint8Array(65536);
  for (let code = 1; code < ALPHABET_SIZE; code++) table[code] = fold(code);
  return table;
})();

export interface KeywordHits {
  /** For each keyword index, the offsets (start of the keyword) where it occurs, capped. */
  readonly positions: ReadonlyArray<readonly number[] | undefined>;
  /** Keywords whose position list hit the cap (callers fall back to whole-document scope). */
  readonly saturated: ReadonlySet<number>;
  /** Runs of Base64 characters (`[A-Za-z0-9+/]`, no padding), as flat start/end pairs. */
  readonly base64Runs: readonly number[];
}

/** Shorter runs cannot hold a prefixed token once encoded (12 decoded bytes). */
export const MIN_BASE64_RUN = 16;

/** 1 for the Base64 alphabet `[A-Za-z0-9+/]`, over all UTF-16 code units. */
const BASE64 = (() => {
  const table = new Uint8Array(65536);
  for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') table[ch.charCodeAt(0)] = 1;
  return table;
})();

export class KeywordAutomaton {
  readonly keywords: readonly string[];
  /** Dense DFA over character classes: state * classCount + class -> next state. */
  private readonly transitions: Int32Array;
  private readonly classCount: number;
  /**
   * Every UTF-16 code unit -> its character class (low 7 bits; 0 for characters no keyword contains,
   * case folded) plus 128 when it belongs to the Base64 alphabet: one lookup per character in the
   * hot loop instead of three.
   */
  private readonly charInfo: Uint8Array;
  /** For each state, the keyword indices that end there (including via failure links). */
  private readonly outputs: ReadonlyArray<readonly number[] | undefined>;
  private readonly hasOutput: Uint8Array;

  /**
   * Built at every CLI start (the pre-commit hook's budget), where this one-shot code runs before
   * the JIT warms up: so the table is over the ~45 characters keywords use rather than all 128, and
   * the trie goes straight into typed arrays (a Map per state cost ~50 ms for the registry).
   */
  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    const classOf = new Uint8Array(ALPHABET_SIZE);
    let classCount = 1;
    for (const keyword of this.keywords) {
      for (let i = 0; i < keyword.length; i++) {
        const code = fold(keyword.charCodeAt(i));
        if (code >= ALPHABET_SIZE || code === 0) throw new Error(`keyword must be printable ASCII: ${keyword}`);
        if (classOf[code] === 0) classOf[code] = classCount++;
      }
    }
    const maxStates = 1 + this.keywords.reduce((sum, k) => sum + k.length, 0);
    let transitions = new Int32Array(maxStates * classCount).fill(-1);
    const out: number[][] = [[]];
    let stateCount = 1;
    this.keywords.forEach((keyword, index) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const cls = classOf[fold(keyword.charCodeAt(i))]!;
        let next = transitions[state * classCount + cls]!;
        if (next === -1) {
          next = stateCount++;
          out.push([]);
          transitions[state * classCount + cls] = next;
        }
        state = next;
      }
      out[state]!.push(index);
    });
    transitions = transitions.slice(0, stateCount * classCount);

    const fail = new Int32Array(stateCount);
    const queue = new Int32Array(stateCount);
    let tail = 0;
    for (let cls = 0; cls < classCount; cls++) {
      const next = transitions[cls]!;
      if (next === -1) transitions[cls] = 0;
      else queue[tail++] = next;
    }
    // Breadth-first completion of the DFA (failure links folded into the table).
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      const failState = fail[state]!;
      if (out[failState]!.length > 0) out[state] = [...out[state]!, ...out[failState]!];
      const row = state * classCount;
      const failRow = failState * classCount;
      for (let cls = 0; cls < classCount; cls++) {
        const next = transitions[row + cls]!;
        if (next !== -1) {
          fail[next] = transitions[failRow + cls]!;
          queue[tail++] = next;
        } else {
          transitions[row + cls] = transitions[failRow + cls]!;
        }
      }
    }
    this.transitions = transitions;
    this.classCount = classCount;
    const charInfo = new Uint8Array(65536);
    for (let code = 1; code < ALPHABET_SIZE; code++) charInfo[code] = classOf[FOLD[code]!]! | (BASE64[code]! << 7);
    this.charInfo = charInfo;
    this.outputs = out.map((o) => (o.length > 0 ? o : undefined));
    this.hasOutput = Uint8Array.from(out, (o) => (o.length > 0 ? 1 : 0));
  }

  /**
   * Finds every keyword occurrence in `text[start, end)`; positions are absolute offsets. The same
   * pass also collects runs of at least `MIN_BASE64_RUN` Base64 characters (start, end pairs) for
   * the encoded-secret stage: a second pass over every character cost as much as this one.
   */
  search(text: string, start = 0, end = text.length, maxPositionsPerKeyword = 4096): KeywordHits {
    const positions = new Array<number[] | undefined>(this.keywords.length);
    const saturated = new Set<number>();
    const base64Runs: number[] = [];
    const { transitions, outputs, keywords, hasOutput, charInfo, classCount } = this;
    let state = 0;
    let runStart = -1;
    for (let i = start; i < end; i++) {
      const info = charInfo[text.charCodeAt(i)]!;
      state = transitions[state * classCount + (info & 127)]!;
      if (info >= 128) {
        if (runStart < 0) runStart = i;
      } else if (runStart >= 0) {
        if (i - runStart >= MIN_BASE64_RUN) base64Runs.push(runStart, i);
        runStart = -1;
      }
      if (hasOutput[state] === 1) {
        for (const keywordIndex of outputs[state]!) {
          let list = positions[keywordIndex];
          if (list === undefined) positions[keywordIndex] = list = [];
          if (list.length < maxPositionsPerKeyword) list.push(i + 1 - keywords[keywordIndex]!.length);
          else saturated.add(keywordIndex);
        }
      }
    }
    if (runStart >= 0 && end - runStart >= MIN_BASE64_RUN) base64Runs.push(runStart, end);
    return { positions, saturated, base64Runs };
  }
}
