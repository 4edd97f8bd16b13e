/**
 * Codecs and checksums that token formats embed and that we verify offline: CRC32 (GitHub, npm),
 * base58check (Bitcoin keys), bech32 (age identities), Base64. Encoders are here too because
 * examples build valid fakes with them; esbuild drops them from bundles where nothing calls them.
 */
import { nodeCrypto } from '../../fingerprint.js';

export { base62, base62Crc32Tail, crc32, hasValidBase62Crc32Tail } from '../../checksum.js';

// --- base58 / base58check (Bitcoin) -----------------------------------------------------------

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Double SHA-256, the base58check checksum hash. */
export function sha256d(bytes: Uint8Array): Buffer {
  return nodeCrypto().createHash('sha256').update(nodeCrypto().createHash('sha256').update(bytes).digest()).digest();
}

export function base58Decode(text: string): Uint8Array | undefined {
  let n = 0n;
  for (const ch of text) {
    const digit = BASE58.indexOf(ch);
    if (digit < 0) return undefined;
    n = n * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n % 256n));
    n /= 256n;
  }
  for (const ch of text) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

export function base58Encode(bytes: Uint8Array): string {
  let n = 0n;
  for (const byte of bytes) n = n * 256n + BigInt(byte);
  let out = '';
  while (n > 0n) {
    out = BASE58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** Base58check payload (without its 4-byte checksum), or undefined when the checksum fails. */
export function base58CheckPayload(text: string): Uint8Array | undefined {
  const bytes = base58Decode(text);
  if (!bytes || bytes.length < 5) return undefined;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256d(payload).subarray(0, 4);
  return Buffer.compare(check, Buffer.from(bytes.subarray(bytes.length - 4))) === 0 ? payload : undefined;
}

export function base58CheckEncode(payload: Uint8Array): string {
  return base58Encode(Uint8Array.from([...payload, ...sha256d(payload).subarray(0, 4)]));
}

// --- bech32 (BIP-173) -------------------------------------------------------------------------

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GEN[i]!;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

export function hasValidBech32(text: string): boolean {
  const lower = text.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1) return false;
  const data = [...lower.slice(sep + 1)].map((c) => BECH32.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  return bech32Polymod([...hrpExpand(lower.slice(0, sep)), ...data]) === 1;
}

/** A valid Bech32 string (upper case), for fakes. */
export function bech32Encode(hrp: string, bytes: Uint8Array): string {
  const data: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const mod = bech32Polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...checksum].map((d) => BECH32[d]).join('')}`.toUpperCase();
}

// --- Base64 -----------------------------------------------------------------------------------

/** Base64 or base64url to text (latin1 keeps every byte, for structure checks on binary payloads). */
export function decodeBase64(value: string, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  return Buffer.from(value, 'base64').toString(encoding);
}

// --- JWT payloads -----------------------------------------------------------------------------

/** The decoded JSON payload of a JWT, or undefined when it is not a JSON object. */
export function jwtPayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (part === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Base64URL renderings of `literal` at the three byte alignments, trimmed to the characters
 * that depend on the literal only: whichever offset a claim sits at inside a JWT payload, one of
 * these strings appears in the token. Used as prefilter keywords for payload-typed JWTs.
 */
export function base64Needles(literal: string): string[] {
  const needles: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset, 0x20), Buffer.from(literal)]).toString('base64url');
    needles.push(encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + literal.length)) / 6)));
  }
  return needles;
}

/** True when `text` is a JSON object holding every one of `fields` (decoded token payloads: Sentry, Grafana). */
export function jsonHasFields(text: string, ...fields: string[]): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && fields.every((f) => f in parsed);
  } catch {
    return false;
  }
}

// --- JWT (compact JWS) ------------------------------------------------------------------------

/** Header and payload of a compact JWS, both JSON objects. */
export interface DecodedJwt {
  readonly header: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
}

function decodeJwtSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Header and payload of a compact JWS, or undefined when it is not one (three segments, header and
 * payload JSON objects, `alg` a string). Used by jwt.token and by the detectors that leave JWTs to it
 * (http.bearer-token).
 */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const header = decodeJwtSegment(parts[0]!);
  const payload = decodeJwtSegment(parts[1]!);
  if (!header || !payload || typeof header.alg !== 'string') return undefined;
  return { header, payload };
}

// --- base32 (RFC 4648, no padding) and CRC-16/XMODEM (NATS nkeys, TOTP seeds) -------------------

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 (either case, `=` padding ignored) to bytes; undefined on a foreign character. */
export function base32Decode(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of text.replace(/=+$/, '').toUpperCase()) {
    const digit = BASE32.indexOf(ch);
    if (digit < 0) return undefined;
    acc = ((acc << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** Bytes to upper-case RFC 4648 base32 without padding (for fakes). */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = ((acc << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(acc >> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32[(acc << (5 - bits)) & 31];
  return out;
}

/** CRC-16/XMODEM (polynomial 0x1021, initial 0): the checksum NATS appends to every nkey. */
export function crc16Xmodem(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
