/**
 * Whether a secret value is too random to guess, judged from the value alone (never from the
 * detector that found it: one value found by two detectors must get one hash, so that an allowlist
 * entry written for either matches both).
 *
 * Why it matters: the hash shown for a secret (allowlists, baselines, reports) must not let anyone
 * recover the secret. A human password needs a deliberately slow hash (scrypt) because a dictionary
 * finds it in milliseconds; a generated token of 150+ random bits does not, since no dictionary holds
 * it and 2^100 guesses of any hash are out of reach. The slow hash was up to two fifths of the CPU of
 * a tree scan with many findings (~11 ms each), so values that are certainly random get a keyed fast hash.
 *
 * "Certainly": the estimate credits structure the way password crackers exploit it, so that it
 * undercounts random tokens and never overcounts human choices. A run of four or more letters counts
 * as a word from a small vocabulary (12 bits per eight letters, whatever the letters), a run of four or
 * more digits as a number people pick (a year, a PIN), a repeated piece counts once, a repeated symbol
 * barely, and leetspeak (`P4ssw0rd`) is folded back to letters before counting. Only short mixed runs,
 * the texture of generated tokens, earn close to their alphabet's full bits.
 */

/** Credited bits from which a value gets the fast keyed hash: far beyond any guessing attack even unhashed. */
export const UNGUESSABLE_BITS = 112;
/** Shorter values are human-sized: always the slow hash. */
const MIN_LENGTH = 20;

const LETTER_BITS = Math.log2(26);
const DIGIT_BITS = Math.log2(10);
/** A word from a vocabulary of 4 096: a run of up to eight letters (longer runs: one more word per eight). */
const WORD_BITS = 12;
const WORD_LETTERS = 8;
/** Generated tokens are mostly short runs; words and numbers are long ones (see `hasTokenTexture`). */
const SHORT_PIECE = 4;
const MIN_SHORT_PIECE_SHARE = 0.6;
/** A run of four digits: a year or a PIN; each further digit counts half. */
const NUMBER_BITS = 10;
const NEW_SYMBOL_BITS = 4;
const REPEATED_SYMBOL_BITS = 1;

type CharClass = 'lower' | 'upper' | 'digit' | 'other';

function classOf(code: number): CharClass {
  if (code >= 97 && code <= 122) return 'lower';
  if (code >= 65 && code <= 90) return 'upper';
  if (code >= 48 && code <= 57) return 'digit';
  return 'other';
}

/**
 * Splits a value where a person would see pieces: letters of one case, Capitalised words
 * (`Secret`, `ABCdef` → `AB` + `Cdef`), digit runs, and each symbol on its own.
 */
interface Piece {
  readonly text: string;
  readonly kind: 'letters' | 'digits' | 'symbol';
}

function pieces(value: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  const flush = (end: number, kind: Piece['kind']) => {
    if (end > start) out.push({ text: value.slice(start, end), kind });
    start = end;
  };
  for (let i = 1; i <= value.length; i++) {
    const previous = classOf(value.charCodeAt(i - 1));
    const kindOfPrevious = previous === 'digit' ? 'digits' : previous === 'other' ? 'symbol' : 'letters';
    if (i === value.length) {
      flush(i, kindOfPrevious);
      break;
    }
    const current = classOf(value.charCodeAt(i));
    if (previous === 'other') flush(i, 'symbol');
    else if (previous === current) continue;
    else if (previous === 'upper' && current === 'lower') {
      // `Secret` stays one word; in `ABCdef` the last capital starts the next word.
      if (i - start > 1) flush(i - 1, 'letters');
    } else flush(i, kindOfPrevious);
  }
  return out;
}

/** The bits a guesser must cover for `value`, counted so that human structure earns little (see above). */
export function creditedBits(value: string): number {
  return bitsOf(pieces(value));
}

function bitsOf(split: readonly Piece[]): number {
  const seenPieces = new Set<string>();
  const seenSymbols = new Set<string>();
  let bits = 0;
  for (const piece of split) {
    if (piece.kind === 'symbol') {
      bits += seenSymbols.has(piece.text) ? REPEATED_SYMBOL_BITS : NEW_SYMBOL_BITS;
      seenSymbols.add(piece.text);
      continue;
    }
    const n = piece.text.length;
    if (n >= 3) {
      // A repeated word or number (`Summer2024!Summer2024!`) adds nothing the first did not.
      const key = piece.text.toLowerCase();
      if (seenPieces.has(key)) continue;
      seenPieces.add(key);
    }
    // Even two or three letters are at most a (short) word.
    if (piece.kind === 'letters') bits += n < SHORT_PIECE ? Math.min(n * LETTER_BITS, WORD_BITS) : WORD_BITS * Math.ceil(n / WORD_LETTERS);
    else bits += n < SHORT_PIECE ? n * DIGIT_BITS : NUMBER_BITS + ((n - 4) * DIGIT_BITS) / 2;
  }
  return bits;
}

/** Leetspeak folded onto lower-case letters, case kept elsewhere: `P4ssw0rd` → `Password`. */
function foldLeet(value: string): string {
  return value.replace(/[@$0134578]/g, (ch) => LEET[ch] ?? ch);
}
const LEET: Readonly<Record<string, string>> = { '@': 'a', $: 's', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };

/**
 * Most characters sit in runs shorter than four (`Xk9fQ2mZ`): the texture of generated tokens. Phrases
 * (`my-super-secret-password-for-prod`) and word-and-number passwords are made of long runs.
 */
function hasTokenTexture(split: readonly Piece[], length: number): boolean {
  let inShortPieces = 0;
  for (const piece of split) if (piece.text.length < SHORT_PIECE) inShortPieces += piece.text.length;
  return inShortPieces >= MIN_SHORT_PIECE_SHARE * length;
}

/** Generated tokens draw letters and digits alike; values of one class are words, numbers or encodings of them. */
const MIN_OF_EACH_CLASS = 2;
/**
 * Three characters of one class in a counting or repeating step (`abc`, `321`, `aaa`, also across
 * other classes: `a1b2c3`): about one character in twenty in random text, most of a pattern.
 */
const MAX_SEQUENTIAL_SHARE = 0.25;

/** Letters and digits both present, and no counting or repeating pattern (`a1b2c3…`, `aaaa…`, `1234…`). */
function mixesWithoutPattern(value: string): boolean {
  let letters = 0;
  let digits = 0;
  let sequential = 0;
  // Per class: the previous character (folded to lower case) and the step that led to it.
  const last = { letter: -1, digit: -1 };
  const step = { letter: NaN, digit: NaN };
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const cls = classOf(code);
    if (cls === 'other') continue;
    const group = cls === 'digit' ? 'digit' : 'letter';
    const folded = cls === 'upper' ? code + 32 : code;
    if (group === 'digit') digits++;
    else letters++;
    if (last[group] !== -1) {
      const delta = folded - last[group];
      if (Math.abs(delta) <= 1 && delta === step[group]) sequential++;
      step[group] = delta;
    }
    last[group] = folded;
  }
  return letters >= MIN_OF_EACH_CLASS && digits >= MIN_OF_EACH_CLASS && sequential <= MAX_SEQUENTIAL_SHARE * (letters + digits);
}

/** True when `value` is random enough for a fast keyed hash (see above); human-sized and structured values are not. */
export function isUnguessable(value: string): boolean {
  if (value.length < MIN_LENGTH || !mixesWithoutPattern(value)) return false;
  const split = pieces(value);
  if (!hasTokenTexture(split, value.length)) return false;
  return bitsOf(split) >= UNGUESSABLE_BITS && creditedBits(foldLeet(value)) >= UNGUESSABLE_BITS;
}
