/**
 * Bytes → text for scanning, without ever calling a text file "binary" because of its encoding.
 *
 * Windows PowerShell 5 writes UTF-16 LE with a BOM by default (`>` and `Out-File`), and a UTF-16 or
 * UTF-32 file is full of NUL bytes: the "NUL in the first 8000 bytes" test git uses would skip
 * every such file, and a secret in it. So: a BOM decides; without one, the byte pattern of UTF-16
 * or UTF-32 ASCII (a zero in every other / three of four bytes) decides; otherwise UTF-8. Only then
 * is the *decoded* text judged, by the share of control characters: a stray NUL or a few control
 * characters do not make a text file binary. A real binary is not given up on either: its printable
 * runs (what `strings` prints, in UTF-8 and UTF-16) are returned for the specific detectors.
 */
import { controlCharacterRatio, BINARY_CONTROL_RATIO } from './content.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export type DecodedBytes =
  | { readonly kind: 'text'; readonly text: string; readonly encoding: TextEncoding; readonly bom: boolean }
  /** `strings`: the printable runs, one per line (offsets are not those of the file). */
  | { readonly kind: 'binary'; readonly strings: string };

/** Bytes looked at to recognise a BOM-less UTF-16/UTF-32 file. */
const SNIFF_BYTES = 4096;
/** Printable runs shorter than this are noise (`strings` uses 4; a credential is far longer). */
const MIN_RUN = 8;

function detectBom(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * ASCII-heavy UTF-16/UTF-32 without a BOM: zeros sit at fixed positions of each code unit. Counted
 * per position modulo 4; a real binary has zeros everywhere or nowhere in particular.
 */
function sniffWideEncoding(bytes: Uint8Array): TextEncoding | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~3;
  if (length < 8) return undefined;
  // Text in UTF-8 (nearly every file) has no NUL byte: one native search instead of a counting loop,
  // which cost a cold pre-commit hook ~1 ms per file.
  if (bytes.subarray(0, length).indexOf(0) === -1) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < length; i++) if (bytes[i] === 0) zeros[i & 3]!++;
  const units = length / 4;
  const mostly = (n: number) => n >= units * 0.9;
  const rarely = (n: number) => n <= units * 0.1;
  if (rarely(zeros[0]!) && mostly(zeros[1]!) && mostly(zeros[2]!) && mostly(zeros[3]!)) return 'utf-32le';
  if (mostly(zeros[0]!) && mostly(zeros[1]!) && mostly(zeros[2]!) && rarely(zeros[3]!)) return 'utf-32be';
  // UTF-16: two code units per group of four bytes; allow non-ASCII text (fewer zeros), not none.
  const oddZeros = zeros[1]! + zeros[3]!;
  const evenZeros = zeros[0]! + zeros[2]!;
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    chunk.push(code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? code : 0xfffd);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case 'utf-8':
      return buffer.toString('utf8');
    case 'utf-16le':
      return buffer.subarray(0, buffer.length & ~1).toString('utf16le');
    case 'utf-16be': {
      const swapped = Buffer.from(buffer.subarray(0, buffer.length & ~1));
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    case 'utf-32le':
      return decodeUtf32(bytes, true);
    case 'utf-32be':
      return decodeUtf32(bytes, false);
  }
}

/** A run is cut into pieces of at most this many characters (as `strings` output lines would be). */
const MAX_RUN_PIECE = 65536;

/**
 * Printable ASCII runs of a binary, one per line: single-byte runs (`strings`) and UTF-16 LE runs
 * (`strings -el`: Windows resources, .NET string tables), so a token inside either shows. Found by
 * native regexes over the bytes read as Latin-1: a loop over every byte of every binary version was
 * 3 % of a history scan. Order: single-byte runs, then UTF-16 runs at even offsets, then at odd ones.
 */
export function printableRuns(bytes: Uint8Array, minRun = MIN_RUN): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const runs: string[] = [];
  const add = (run: string) => {
    for (let at = 0; at < run.length; at += MAX_RUN_PIECE) {
      const piece = run.slice(at, at + MAX_RUN_PIECE);
      if (piece.length >= minRun) runs.push(piece);
    }
  };
  for (const match of latin1.matchAll(new RegExp(`[\\t\\x20-\\x7e]{${minRun},}`, 'g'))) add(match[0]);
  // A UTF-16 LE run alternates printable bytes and NULs, so runs at even and odd offsets never overlap.
  const wide: [number, string][] = [];
  for (const match of latin1.matchAll(new RegExp(`(?:[\\t\\x20-\\x7e]\\x00){${minRun},}`, 'g')))
    wide.push([match.index % 2, match[0].replace(/\x00/g, '')]);
  for (const alignment of [0, 1]) for (const [offset, run] of wide) if (offset === alignment) add(run);
  return runs.join('\n');
}

/** Decodes file bytes for scanning: text (whatever its Unicode encoding) or a binary's printable runs. */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  const bom = detectBom(bytes);
  const encoding = bom?.encoding ?? sniffWideEncoding(bytes) ?? 'utf-8';
  const text = decodeAs(bom ? bytes.subarray(bom.length) : bytes, encoding);
  if (controlCharacterRatio(text) <= BINARY_CONTROL_RATIO) return { kind: 'text', text, encoding, bom: !!bom };
  return { kind: 'binary', strings: printableRuns(bytes) };
}
