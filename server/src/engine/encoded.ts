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
const BASE64_RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=_-])/g;
const MAX_BLOBS = 256;
const MAX_BLOB_LENGTH = 64 * 1024;

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

export function findEncodedSecrets(text: string, start: number, end: number): EncodedBlob[] {
  const window = start === 0 && end === text.length ? text : text.slice(start, end);
  const blobs: EncodedBlob[] = [];
  BASE64_RUN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = BASE64_RUN.exec(window)) !== null && blobs.length < MAX_BLOBS) {
    const encoded = match[0];
    if (encoded.length > MAX_BLOB_LENGTH || encoded.length % 4 === 1) continue;
    // Identifiers and words are letters only; real Base64 of text mixes cases and digits.
    if (!/[0-9+/]/.test(encoded) && !/[A-Z].*[a-z]|[a-z].*[A-Z]/.test(encoded)) continue;
    // Cheap check on the head before decoding a large run.
    if (!isReadable(Buffer.from(encoded.slice(0, 64), 'base64').toString('latin1'))) continue;
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    if (!isReadable(decoded)) continue;
    blobs.push({ range: [match.index + start, match.index + start + encoded.length], encoded, decoded });
  }
  return blobs;
}
