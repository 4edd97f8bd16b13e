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

const MAX_BLOBS = 256;
const MAX_BLOB_LENGTH = 64 * 1024;

/** Characters that may not touch a run: `=`, `_`, `-` (then it is part of a Base64url or longer token). */
function touchesTokenCharacter(code: number): boolean {
  return code === 61 || code === 95 || code === 45;
}

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
 * The Base64 runs (found by the keyword pass, `KeywordHits.base64Runs`) that decode to readable
 * text, with their `=` padding.
 */
export function findEncodedSecrets(text: string, runs: readonly number[]): EncodedBlob[] {
  const blobs: EncodedBlob[] = [];
  for (let r = 0; r < runs.length && blobs.length < MAX_BLOBS; r += 2) {
    const runStart = runs[r]!;
    let runEnd = runs[r + 1]!;
    while (runEnd < text.length && runEnd - runs[r + 1]! < 2 && text.charCodeAt(runEnd) === 61) runEnd++; // `=` padding
    if (runStart > 0 && touchesTokenCharacter(text.charCodeAt(runStart - 1))) continue;
    if (runEnd < text.length && touchesTokenCharacter(text.charCodeAt(runEnd))) continue;
    const encoded = text.slice(runStart, runEnd);
    if (encoded.length > MAX_BLOB_LENGTH || encoded.replace(/=+$/, '').length % 4 === 1) continue;
    // Identifiers and words are letters only; real Base64 of text mixes cases and digits.
    if (!/[0-9+/]/.test(encoded) && !(/[A-Z]/.test(encoded) && /[a-z]/.test(encoded))) continue;
    // Cheap check on the head before decoding a large run.
    if (!isReadable(Buffer.from(encoded.slice(0, 64), 'base64').toString('latin1'))) continue;
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    if (!isReadable(decoded)) continue;
    blobs.push({ range: [runStart, runEnd], encoded, decoded });
  }
  return blobs;
}
