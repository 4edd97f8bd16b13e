/**
 * Deterministic fake secrets for detector examples and tests. Examples are written as
 * `«${fake(B62, 36, 'ghp_')}»` so that no realistic secret is committed to this repository
 * (and our own scan of the repository stays clean), yet every run sees the same values.
 */
import type { Alphabet } from './patterns.js';

/** FNV-1a over the seed string, then xorshift32: tiny, deterministic, good enough for fakes. */
function rng(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    state ^= seed.charCodeAt(i);
    state = Math.imul(state, 0x01000193) >>> 0;
  }
  if (state === 0) state = 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

/** A deterministic random number generator in [0, 1) for tests and benchmark generators. */
export function seededRandom(seed: string | number): () => number {
  const next = rng(String(seed));
  return () => next() / 0x100000000;
}

/** `length` characters drawn from `alpha`, seeded by the arguments and `salt`. */
export function fake(alpha: Alphabet, length: number, salt = ''): string {
  const next = rng(`${alpha.re}|${length}|${salt}`);
  let out = '';
  for (let i = 0; i < length; i++) out += alpha.chars[next() % alpha.chars.length];
  return out;
}

/** A version-4-shaped UUID, deterministic. */
export function fakeUuid(salt: string): string {
  const hex = fake({ re: '0-9a-f', chars: '0123456789abcdef' }, 32, salt);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Random bytes, deterministic (for Base64 bodies, keys …). */
export function fakeBytes(length: number, salt = ''): Uint8Array {
  const next = rng(`bytes|${length}|${salt}`);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = next() & 0xff;
  return bytes;
}

export function toBase64(bytes: Uint8Array | string): string {
  return Buffer.from(bytes).toString('base64');
}

export function toBase64Url(bytes: Uint8Array | string): string {
  return Buffer.from(bytes).toString('base64url');
}

/** Assembled so the literal never appears in the source: a PEM armour line. */
export function pemLine(kind: 'BEGIN' | 'END', label: string): string {
  return `${'-'.repeat(5)}${kind} ${label}${'-'.repeat(5)}`;
}

/** A PEM block with a random DER-looking body (starts with MII…, 64-char lines). */
export function fakePem(label: string, bodyBytes = 600, salt = '', eol = '\n'): string {
  const bytes = fakeBytes(bodyBytes, `${label}|${salt}`);
  // A DER SEQUENCE header with a two-byte length, as real keys have: base64 "MII…".
  bytes[0] = 0x30;
  bytes[1] = 0x82;
  const body = toBase64(bytes).match(/.{1,64}/g) ?? [];
  return [pemLine('BEGIN', label), ...body, pemLine('END', label)].join(eol);
}

/** A JWT with the given payload and a random signature (structure only). */
export function fakeJwt(
  payload: Record<string, unknown>,
  salt = '',
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  const part = (value: unknown) => toBase64Url(JSON.stringify(value));
  return `${part(header)}.${part(payload)}.${toBase64Url(fakeBytes(32, `jwt|${salt}`))}`;
}
