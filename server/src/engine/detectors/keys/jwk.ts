/**
 * Private JSON Web Keys (RFC 7517 §4, RFC 7518 §6, RFC 8037): a JWK whose object holds the private
 * member `d` (RSA private exponent, EC / OKP private key). Public JWKs (`kty`, `n`/`e` or `x`/`y`, no `d`)
 * are published on purpose at `/.well-known/jwks.json`. One finding per key, highlighting `d`; the
 * other private members of an RSA key (`p`, `q`, `dp`, `dq`, `qi`) are the same secret.
 */
import { defineDetector, type Detector, type PostValidator } from '../kit/index.js';

/** How far to look for the braces of the object around `d` (JWKs of 4096-bit RSA keys are ~3 KB). */
const OBJECT_REACH = 6000;

/** The text of the innermost `{…}` around the range, or undefined when the braces are out of reach. */
function enclosingObject(text: string, [start, end]: readonly [number, number]): string | undefined {
  let open = -1;
  for (let i = start - 1, depth = 0; i >= Math.max(0, start - OBJECT_REACH); i--) {
    if (text[i] === '}') depth++;
    else if (text[i] === '{' && depth-- === 0) {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let i = end, depth = 0; i < Math.min(text.length, end + OBJECT_REACH); i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && depth-- === 0) return text.slice(open, i + 1);
  }
  return undefined;
}

/** `"kty": "RSA"`, `kty: 'EC'`, `\"kty\":\"OKP\"` (escaped JSON): the key types that carry a private `d`. */
const PRIVATE_KEY_TYPE = /(?<![A-Za-z0-9_])\\?["']?kty\\?["']?\s*[:=]\s*\\?["'](?<kty>RSA|EC|OKP)\\?["']/;

/** Raw size of `d` in bytes by curve (RFC 7518 §6.2.2.1: the length of the curve order; RFC 8037 §2). */
const CURVE_BYTES: Readonly<Record<string, readonly number[]>> = {
  'P-256': [32],
  'P-384': [48],
  'P-521': [66],
  secp256k1: [32],
  Ed25519: [32],
  X25519: [32],
  Ed448: [57],
  X448: [56],
};

/** `d` must sit in a JWK object of a private-key type, and decode to a plausible key size for it. */
const isNotPrivateJwk: PostValidator = ({ text, range, value }) => {
  const object = enclosingObject(text, range);
  if (!object) return 'not inside a JSON object';
  const kty = PRIVATE_KEY_TYPE.exec(object)?.groups?.kty;
  if (!kty) return 'no kty of a private-key type (RSA, EC, OKP) in the object';
  const bytes = Math.floor((value.length * 6) / 8);
  if (kty === 'RSA') return bytes >= 64 ? undefined : 'too short for an RSA private exponent';
  const crv = /\\?["']?crv\\?["']?\s*[:=]\s*\\?["'](?<crv>[A-Za-z0-9-]{2,12})\\?["']/.exec(object)?.groups?.crv;
  const sizes = crv ? CURVE_BYTES[crv] : undefined;
  if (!sizes) return bytes >= 28 && bytes <= 66 ? undefined : 'no plausible private key size';
  return sizes.includes(bytes) ? undefined : `${bytes} bytes is not a ${crv} private key`;
};

/** Private keys printed in RFC 7517 Appendix A.2 and RFC 8037 Appendix A.1 (copied into countless tests). */
const RFC_EXAMPLE_KEYS = new Set(['870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE', 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A']);
const isRfcExampleKey: PostValidator = ({ value }) => (RFC_EXAMPLE_KEYS.has(value) ? 'RFC example key' : undefined);

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'jwk.private-key',
    title: 'Private JSON Web Key (JWK with "d")',
    keywords: ['kty'],
    scope: 'document',
    // `"d": "<base64url>"` as a JSON member, a JS/YAML-flow object key, or inside escaped JSON (`\"d\":\"…\"`);
    // the object around it is checked by isNotPrivateJwk.
    pattern: /(?<![A-Za-z0-9_])\\?["']?d\\?["']?[ \t]*:[ \t]*\\?["'](?<secret>[A-Za-z0-9_-]{38,1400})\\?["']/,
    post: [isNotPrivateJwk, isRfcExampleKey],
    minEntropy: 4,
    guide: {
      grants:
        'The private half of the key: it signs tokens (JWTs, OIDC ID tokens, DPoP proofs) that every service trusting the matching public key accepts, or decrypts data encrypted to it.',
      revoke:
        "Generate a new key pair with a new `kid`, publish the new public key in the JWKS, switch signing to it, then remove the old public key from the JWKS (tokens it signed stop validating); at an identity provider, rotate the signing key or the client's private_key_jwt key.",
      url: 'https://www.rfc-editor.org/rfc/rfc7517',
      store: 'Keep signing keys in a KMS / HSM or a secret manager and load them at start-up; commit only the public JWKS.',
    },
  }),
];
