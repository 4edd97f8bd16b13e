/** Offline checksums that providers publish for their token formats. */

const CRC32_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = (CRC32_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62(value: number): string {
  let n = value;
  let out = '';
  do {
    out = BASE62_DIGITS[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out;
}

/**
 * GitHub (ghp_/gho_/ghu_/ghs_/ghr_) and npm (npm_) tokens: 30 random base62 characters then the
 * base62 CRC32 of those 30, left-padded with 0 to 6 characters.
 * Source: GitHub engineering blog "Behind GitHub's new authentication token formats" (2021).
 */
export function base62Crc32Tail(entropy: string): string {
  return base62(crc32(entropy)).padStart(6, '0');
}

export function hasValidBase62Crc32Tail(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  return body.length === 36 && base62Crc32Tail(body.slice(0, 30)) === body.slice(30);
}
