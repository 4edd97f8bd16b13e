/**
 * PEM / armoured key blocks (moved from private-key.ts): the pattern of a block from `-----BEGIN` to
 * the end of `-----END …-----` however it is written — plain, indented (YAML block scalars), with
 * literal `\n` escapes (JSON, .env), as C/Java string literals (`"…\n"` per line), or with CRLF line
 * ends — and the check that its body is real key material. Used by the pem, openssh, pgp and ssh2
 * providers. Every quantifier is bounded (a body is at most 24 000 characters, separators included)
 * and the body alphabet excludes `-`, so a `-----BEGIN` without its END costs at most one bounded scan.
 */
import { shannonEntropy } from '../../entropy.js';
import type { PostValidator } from '../../types.js';

/**
 * One body unit: a Base64 character, whitespace, a quote or `+` of a string literal / concatenation,
 * an escaped line break (`\n`, `\\n`, `\r`), an escaped slash (`\/`, JSON), a shell line continuation, or
 * the comment marker that starts a commented-out line (`# `, `// `, `-- `, `; `, ` * `): a key commented
 * out line by line is still one key (issue 9 §3). Each marker is anchored at a line break, so the body
 * stays bounded and linear.
 */
const BODY_UNIT = String.raw`(?:[A-Za-z0-9+/=\s"'\`]|\\{1,2}[nrt]|\\\/|\\\r?\n|\n[ \t]{0,16}(?:#|--|;|\*))`;
/**
 * RFC 1421 / RFC 4880 armour headers (`Proc-Type:`, `DEK-Info:`, `Version:`, `Comment:`), at most 8.
 * A value runs to the end of its line (lookahead), so it cannot be cut short and re-read as body:
 * that keeps a `-----BEGIN` without END linear.
 */
export const PEM_HEADERS = String.raw`(?:${BODY_UNIT}{0,16}[A-Z][A-Za-z0-9-]{1,30}:[ \t]?(?:"[^"\r\n\\]{0,200}"|[^\r\n"'\\]{0,200})(?=[\r\n"'\\])){0,8}`;
/** The armoured body: 64 to 24 000 body units. */
export const PEM_BODY = `${BODY_UNIT}{64,24000}`;

/** `-----BEGIN <label>-----` … `-----END <label>-----`; `end` defaults to the same label. */
export function pemPattern(label: string, end = label): RegExp {
  return new RegExp(`(?<secret>-----BEGIN ${label}-----${PEM_HEADERS}${PEM_BODY}-----END ${end}-----)`);
}

interface PemParts {
  readonly headers: readonly string[];
  readonly body: string;
}

/** Armour headers and the bare Base64 body of a matched block, whatever its quoting. */
export function pemParts(block: string): PemParts {
  const afterBegin = block.indexOf('-----', 10) + 5;
  const endAt = block.lastIndexOf('-----END');
  let inner = block.slice(afterBegin, endAt);
  inner = inner
    // Commented-out lines: the marker is not key material (`//` is Base64, so only with a space after it).
    .replace(/(\n)[ \t]*(?:#|\/\/(?=[ \t])|--|;|\*)[ \t]?/g, '$1')
    .replace(/\\{1,2}[nrt]/g, '\n')
    .replace(/\\\//g, '/')
    .replace(/["'`][ \t]*\+[ \t]*(?:\r?\n[ \t]*)?["'`]/g, '\n') // "…" + "…" concatenation
    .replace(/["'`]/g, '');
  const headers: string[] = [];
  inner = inner.replace(/[A-Z][A-Za-z0-9-]{1,30}:[ \t]?[^\r\n]{0,200}/g, (header) => {
    headers.push(header);
    return '\n';
  });
  // RFC 4880 armour checksum line `=XXXX` is not key material.
  const body = inner.replace(/(?:^|\n)[ \t]*=[A-Za-z0-9+/]{4}[ \t]*(?=\r?\n|$)/g, '\n').replace(/[^A-Za-z0-9+/=]/g, '');
  return { headers, body };
}

const PLACEHOLDER_BODY =
  /example|placeholder|redacted|truncated|yourkey|keyhere|notarealkey|notreal|insertkey|dummykey|fakekey|replaceme|removed/i;

/**
 * A real key body: at least 64 Base64 characters that look random (entropy), no placeholder words,
 * and — per format — the DER `SEQUENCE` start (`M…`) or the OpenSSH magic.
 */
export function hasBadPemBody(start?: RegExp, what = 'key'): PostValidator {
  return ({ value }) => {
    const { headers, body } = pemParts(value);
    const material = body.replace(/=+$/, '');
    if (material.length < 64) return 'key body too short';
    if (PLACEHOLDER_BODY.test(material)) return 'placeholder key body';
    if (shannonEntropy(material) < 4.2) return 'key body not random';
    const encrypted = headers.some((h) => /^Proc-Type:.*ENCRYPTED/i.test(h));
    if (start && !encrypted && !start.test(material)) return `not a ${what} encoding`;
    return undefined;
  };
}
