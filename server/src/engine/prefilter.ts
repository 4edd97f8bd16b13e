/**
 * Single-pass keyword prefilter (ENGINE.md, pipeline step 1): one Aho–Corasick pass over the text
 * finds every detector keyword, case-insensitively, so that only the detectors worth running run.
 * Measured on this project: one keyword pass then the few matching detectors beats running every
 * regex by ~5×, and merging the token regexes into one big alternation is slower still.
 */
import { nodeCrypto } from './fingerprint.js';

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
  /**
   * The indices of the keywords that occur, ascending: callers walk these, not `positions` (history
   * and region scans make thousands of small calls; a walk over ~1,800 slots each was 7 % of them).
   */
  readonly found: readonly number[];
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

/** Automata by keyword list: see KeywordAutomaton.shared. */
const SHARED = new Map<string, KeywordAutomaton>();
const SHARED_LIMIT = 8;

/**
 * Where built automata may be kept between processes (the CLI puts it in the user's cache folder).
 * The engine does no I/O: a face injects the store. Building the registry's automaton costs 30–100 ms
 * in a fresh process (the JIT has not warmed up), a third of a pre-commit hook's CPU; loading its
 * tables costs about a millisecond.
 */
export interface AutomatonStore {
  load(name: string): Uint8Array | undefined;
  save(name: string, bytes: Uint8Array): void;
}

let automatonStore: AutomatonStore | undefined;

export function setAutomatonStore(store: AutomatonStore | undefined): void {
  automatonStore = store;
}

/**
 * The built tables, exactly as the search loop reads them (loading them from the store is a copy and
 * a checksum: no per-state work in a cold process). `steps` is the completed DFA over character
 * classes, `row + class -> next row`, rows premultiplied by the class count (no multiply per
 * character), and a row whose state ends a keyword stored as its complement (`~row`, negative: one
 * sign test per character finds outputs). State `s` (row `s * classCount`) ends the keywords
 * `outputKeywords[outputStart[s] .. outputStart[s + 1])`, failure links included.
 */
interface Tables {
  readonly classOf: Uint8Array;
  readonly classCount: number;
  readonly steps: Int32Array;
  readonly outputStart: Int32Array;
  readonly outputKeywords: Int32Array;
}

const MAGIC = 0x414b504c; // 'LPKA'
const FORMAT = 2; // 2: premultiplied rows, flat outputs
const HEADER_WORDS = 8;

/** FNV-1a over a string: names the stored file (the keyword list itself is checked on load). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The first 32 bits of the SHA-256 of the tables: detects a truncated or corrupted file. Native
 * hashing, because a loop over the ~350k words in a cold process cost ~20 ms, most of what loading saves.
 */
function checksum(words: Int32Array): number {
  const bytes = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
  return nodeCrypto().createHash('sha256').update(bytes).digest().readUInt32LE(0);
}

/**
 * Layout (32-bit words, platform byte order: the store is per machine): header [magic, format,
 * keyword bytes, class count, state count, output count, checksum of the rest, 0], the keyword list
 * (UTF-8, '\n'-joined, padded to 4 bytes), classOf (128 bytes), steps, outputStart (state count + 1),
 * outputKeywords.
 */
function encodeTables(keywordText: string, tables: Tables): Uint8Array {
  const keywordBytes = new TextEncoder().encode(keywordText);
  const keywordWords = Math.ceil(keywordBytes.length / 4);
  const { classOf, classCount, steps, outputStart, outputKeywords } = tables;
  const states = steps.length / classCount;
  const words = new Int32Array(HEADER_WORDS + keywordWords + 32 + steps.length + outputStart.length + outputKeywords.length);
  words.set([MAGIC, FORMAT, keywordBytes.length, classCount, states, outputKeywords.length, 0, 0]);
  const bytes = new Uint8Array(words.buffer);
  bytes.set(keywordBytes, HEADER_WORDS * 4);
  let at = HEADER_WORDS + keywordWords;
  bytes.set(classOf, at * 4);
  at += 32;
  words.set(steps, at);
  at += steps.length;
  words.set(outputStart, at);
  at += outputStart.length;
  words.set(outputKeywords, at);
  words[6] = checksum(words.subarray(HEADER_WORDS));
  return bytes;
}

/** The tables stored for exactly this keyword list, or undefined (another list, another format, damage). */
function decodeTables(keywordText: string, stored: Uint8Array): Tables | undefined {
  if (stored.byteLength % 4 !== 0 || stored.byteLength < HEADER_WORDS * 4) return undefined;
  // A copy: aligned for Int32Array whatever buffer the store returned, and ours to keep (views below).
  const words = new Int32Array(stored.slice().buffer);
  const [magic, format, keywordLength, classCount, states, outputCount, sum] = words;
  if (magic !== MAGIC || format !== FORMAT || !classCount || !states || outputCount === undefined || keywordLength === undefined)
    return undefined;
  const keywordWords = Math.ceil(keywordLength / 4);
  const expected = HEADER_WORDS + keywordWords + 32 + states * classCount + states + 1 + outputCount;
  if (words.length !== expected || checksum(words.subarray(HEADER_WORDS)) !== sum! >>> 0) return undefined;
  const bytes = new Uint8Array(words.buffer);
  if (new TextDecoder().decode(bytes.subarray(HEADER_WORDS * 4, HEADER_WORDS * 4 + keywordLength)) !== keywordText) return undefined;
  let at = HEADER_WORDS + keywordWords;
  const classOf = bytes.subarray(at * 4, at * 4 + ALPHABET_SIZE);
  at += 32;
  const steps = words.subarray(at, at + states * classCount);
  at += states * classCount;
  const outputStart = words.subarray(at, at + states + 1);
  at += states + 1;
  const outputKeywords = words.subarray(at, at + outputCount);
  // The output offsets are checked besides the checksum: offsets outside the list would make the
  // search miss keywords silently, and a scan that misses keywords fails open.
  if (outputStart[0] !== 0 || outputStart[states] !== outputCount) return undefined;
  return { classOf, classCount, steps, outputStart, outputKeywords };
}

export class KeywordAutomaton {
  /**
   * One automaton per distinct keyword list in a process: a hook run builds the project scanner and
   * the keyword lookup of history and staged scans over the same list (~25 ms each before the JIT
   * warms up). Automata are immutable after construction, so sharing is safe.
   */
  static shared(keywords: readonly string[]): KeywordAutomaton {
    const key = keywords.join('\n');
    let automaton = SHARED.get(key);
    if (!automaton) {
      if (SHARED.size >= SHARED_LIMIT) SHARED.delete(SHARED.keys().next().value!);
      SHARED.set(key, (automaton = KeywordAutomaton.fromStore(keywords)));
    }
    return automaton;
  }

  /** Loads the tables from the store when it holds them for this list; else builds them and offers them to the store. */
  static fromStore(keywords: readonly string[]): KeywordAutomaton {
    const store = automatonStore;
    if (!store) return new KeywordAutomaton(keywords);
    const text = keywords.map((k) => k.toLowerCase()).join('\n');
    const name = `keywords-v${FORMAT}-${fnv1a(text)}-${keywords.length}.bin`;
    let loaded: Tables | undefined;
    try {
      const bytes = store.load(name);
      loaded = bytes && decodeTables(text, bytes);
    } catch {
      loaded = undefined;
    }
    if (loaded) return new KeywordAutomaton(keywords, loaded);
    const built = new KeywordAutomaton(keywords);
    try {
      store.save(name, encodeTables(text, built.tables));
    } catch {
      // A store that cannot write costs the next process a rebuild, nothing else.
    }
    return built;
  }

  readonly keywords: readonly string[];
  /** See Tables. */
  private readonly steps: Int32Array;
  private readonly classCount: number;
  private readonly outputStart: Int32Array;
  private readonly outputKeywords: Int32Array;
  /**
   * Every UTF-16 code unit -> its character class (low 7 bits; 0 for characters no keyword contains,
   * case folded) plus 128 when it belongs to the Base64 alphabet: one lookup per character in the
   * hot loop instead of three.
   */
  private readonly charInfo: Uint8Array;

  /** What the store keeps (see encodeTables). */
  private readonly tables: Tables;

  constructor(keywords: readonly string[], tables?: Tables) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    this.tables = tables ?? buildTables(this.keywords);
    const { classOf, classCount, steps, outputStart, outputKeywords } = this.tables;
    this.classCount = classCount;
    this.steps = steps;
    this.outputStart = outputStart;
    this.outputKeywords = outputKeywords;
    const charInfo = new Uint8Array(65536);
    for (let code = 1; code < ALPHABET_SIZE; code++) charInfo[code] = classOf[FOLD[code]!]! | (BASE64[code]! << 7);
    this.charInfo = charInfo;
  }

  /**
   * Finds every keyword occurrence in `text[start, end)`; positions are absolute offsets. The same
   * pass also collects runs of at least `MIN_BASE64_RUN` Base64 characters (start, end pairs) for
   * the encoded-secret stage: a second pass over every character cost as much as this one.
   */
  search(text: string, start = 0, end = text.length, maxPositionsPerKeyword = 4096): KeywordHits {
    const positions = new Array<number[] | undefined>(this.keywords.length);
    const found: number[] = [];
    const saturated = new Set<number>();
    const base64Runs: number[] = [];
    const { steps, outputStart, outputKeywords, keywords, charInfo, classCount } = this;
    let row = 0;
    // The length of the Base64 run ending here, kept with arithmetic: a branch on "Base64 or not" at
    // every character was mispredicted at every word boundary.
    let run = 0;
    for (let i = start; i < end; i++) {
      const info = charInfo[text.charCodeAt(i)]!;
      row = steps[row + (info & 127)]!;
      const base64 = info >>> 7;
      if (run >= MIN_BASE64_RUN && base64 === 0) base64Runs.push(i - run, i);
      run = (run + 1) * base64;
      if (row < 0) {
        row = ~row;
        const state = row / classCount;
        for (let k = outputStart[state]!, last = outputStart[state + 1]!; k < last; k++) {
          const keywordIndex = outputKeywords[k]!;
          let list = positions[keywordIndex];
          if (list === undefined) {
            positions[keywordIndex] = list = [];
            found.push(keywordIndex);
          }
          if (list.length < maxPositionsPerKeyword) list.push(i + 1 - keywords[keywordIndex]!.length);
          else saturated.add(keywordIndex);
        }
      }
    }
    if (run >= MIN_BASE64_RUN) base64Runs.push(end - run, end);
    return { positions, found: found.sort((a, b) => a - b), saturated, base64Runs };
  }
}

/**
 * Builds the tables. Runs at CLI start (the pre-commit hook's budget) when no store holds them, before
 * the JIT warms up: so the table is over the ~50 characters keywords use rather than all 128, and the
 * trie goes straight into typed arrays (a Map per state cost ~50 ms for the registry).
 */
function buildTables(keywords: readonly string[]): Tables {
  const classOf = new Uint8Array(ALPHABET_SIZE);
  let classCount = 1;
  for (const keyword of keywords) {
    for (let i = 0; i < keyword.length; i++) {
      const code = fold(keyword.charCodeAt(i));
      if (code >= ALPHABET_SIZE || code === 0) throw new Error(`keyword must be printable ASCII: ${keyword}`);
      if (classOf[code] === 0) classOf[code] = classCount++;
    }
  }
  const maxStates = 1 + keywords.reduce((sum, k) => sum + k.length, 0);
  let transitions = new Int32Array(maxStates * classCount).fill(-1);
  const out: number[][] = [[]];
  let stateCount = 1;
  keywords.forEach((keyword, index) => {
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
  return tablesFrom(classOf, classCount, transitions, out);
}

/** The search loop's layout (see Tables) from a completed DFA of plain state numbers and per-state outputs. */
function tablesFrom(classOf: Uint8Array, classCount: number, transitions: Int32Array, out: readonly (readonly number[])[]): Tables {
  const steps = new Int32Array(transitions.length);
  for (let i = 0; i < transitions.length; i++) {
    const next = transitions[i]!;
    steps[i] = out[next]!.length > 0 ? ~(next * classCount) : next * classCount;
  }
  const outputStart = new Int32Array(out.length + 1);
  for (let state = 0; state < out.length; state++) outputStart[state + 1] = outputStart[state]! + out[state]!.length;
  const outputKeywords = Int32Array.from(out.flat());
  return { classOf, classCount, steps, outputStart, outputKeywords };
}
