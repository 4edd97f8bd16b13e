/**
 * Base64-encoded secrets (ENGINE.md "Encoded secrets"): Kubernetes Secrets, `.npmrc` `_auth`,
 * Docker `auth`, kubeconfig `client-key-data`. We decode runs of Base64 that turn into readable
 * text and let the specific detectors look at the text.
 */
import type { Range } from './types.js';

export interface EncodedBlob {
  readonly range: Range;
  readonly encoded: string;
  readonly decoded: string;
}

/** At least 16 Base64 characters (12 decoded bytes): shorter runs cannot hold a prefixed token. */
const MIN_RUN = 16;
const MAX_BLOBS = 256;
const MAX_BLOB_LENGTH = 64 * 1024;

/** 1 for Base64 characters, 2 for characters that may not touch a run (`=`, `_`, `-`), else 0. */
const CLASS = (() => {
  const table = new Uint8Array(128);
  for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') table[ch.charCodeAt(0)] = 1;
  for (const ch of '=_-') table[ch.charCodeAt(0)] = 2;
  return table;
})();

/** Mostly printable ASCII (and whitespace): what a decoded credential looks like. */
function isReadable(text: string): boolean {
  if (text.length === 0) return false;
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 32 && code < 127) || code === 9 || code === 10 || code === 13) printable++;
  }
  return printable / text.length > 0.95;
}

/**
 * Runs of Base64 in `text[start, end)` that decode to readable text. A hand-written scan over a
 * character table: a regex for "16+ Base64 characters" costs as much as the rest of the engine.
 */
export function findEncodedSecrets(text: string, start: number, end: number): EncodedBlob[] {
  const blobs: EncodedBlob[] = [];
  let i = start;
  while (i < end && blobs.length < MAX_BLOBS) {
    const code = text.charCodeAt(i);
    if (code >= 128 || CLASS[code] !== 1) {
      i++;
      continue;
    }
    const runStart = i;
    const before = runStart > 0 ? text.charCodeAt(runStart - 1) : 32;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c >= 128 || CLASS[c] !== 1) break;
      i++;
    }
    let runEnd = i;
    while (runEnd < end && runEnd - i < 2 && text.charCodeAt(runEnd) === 61) runEnd++; // `=` padding
    const after = runEnd < end ? text.charCodeAt(runEnd) : 32;
    i = runEnd;
    if (i - runStart < MIN_RUN) continue;
    if ((before < 128 && CLASS[before] !== 0) || (after < 128 && CLASS[after] !== 0)) continue;
    const encoded = text.slice(runStart, runEnd);
    if (encoded.length > MAX_BLOB_LENGTH || encoded.replace(/=+$/, '').length % 4 === 1) continue;
    // Identifiers and words are letters only; real Base64 of text mixes cases and digits.
    if (!/[0-9+/]/.test(encoded) && !/[A-Z].*[a-z]|[a-z].*[A-Z]/.test(encoded)) continue;
    // Cheap check on the head before decoding a large run.
    if (!isReadable(Buffer.from(encoded.slice(0, 64), 'base64').toString('latin1'))) continue;
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    if (!isReadable(decoded)) continue;
    blobs.push({ range: [runStart, runEnd], encoded, decoded });
  }
  return blobs;
}
