/**
 * PEM private keys (CREDENTIAL-FORMATS.md §9): PKCS#1, SEC1, DSA, PKCS#8, encrypted PKCS#8 and less
 * common labels. A key is ONE finding from `-----BEGIN` to the end of `-----END …-----`, however it
 * is written (kit/pem.ts: indented, `\n`-escaped, C string literals, CRLF).
 */
import {
  PEM_BODY,
  PEM_HEADERS,
  ROTATE_KEY_PAIR,
  defineDetector,
  hasBadPemBody,
  keyGuide,
  pemPattern,
  type Detector,
} from '../kit/index.js';

/** DER `SEQUENCE`: Base64 `MI…` (long form) or `MA`–`MH` (short form: small EC/Ed25519 keys). */
const DER = /^M[A-I]/;

interface PemSpec {
  readonly id: string;
  readonly title: string;
  readonly label: string;
  readonly keywords: readonly string[];
  readonly start?: RegExp;
  readonly grants: string;
  readonly revoke?: string;
  readonly url?: string;
}

/** A PEM block of one label whose body must be DER (`start`); examples: pem.examples.ts `pemExamples`. */
function pemDetector(spec: PemSpec): Detector {
  return defineDetector({
    id: spec.id,
    title: spec.title,
    keywords: spec.keywords,
    scope: 'document',
    pattern: () => pemPattern(spec.label),
    post: [hasBadPemBody(spec.start)],
    guide: keyGuide(spec.grants, spec.revoke ?? ROTATE_KEY_PAIR, spec.url),
  });
}

export const detectors: readonly Detector[] = [
  pemDetector({
    id: 'pem.rsa-private-key',
    title: 'RSA private key (PKCS#1 PEM)',
    label: 'RSA PRIVATE KEY',
    keywords: ['BEGIN RSA PRIVATE KEY'],
    start: DER,
    grants:
      "Signs and decrypts as the key's owner: impersonate the server (TLS), log in over SSH where the public key is authorised, sign tokens (JWT RS256) or code.",
  }),
  pemDetector({
    id: 'pem.ec-private-key',
    title: 'EC private key (SEC1 PEM)',
    label: 'EC PRIVATE KEY',
    keywords: ['BEGIN EC PRIVATE KEY'],
    start: DER,
    grants: "Signs as the key's owner (TLS server identity, ES256 JWTs, Apple/Google service credentials, code signing).",
  }),
  pemDetector({
    id: 'pem.dsa-private-key',
    title: 'DSA private key (PEM)',
    label: 'DSA PRIVATE KEY',
    keywords: ['BEGIN DSA PRIVATE KEY'],
    start: DER,
    grants: "Signs as the key's owner (legacy SSH host/user keys, code signing).",
  }),
  pemDetector({
    id: 'pem.pkcs8-private-key',
    title: 'Private key (PKCS#8 PEM)',
    label: 'PRIVATE KEY',
    keywords: ['BEGIN PRIVATE KEY'],
    start: DER,
    grants:
      "Signs and decrypts as the key's owner (RSA, EC or Ed25519): TLS server identity, service-account and app credentials (GCP, Apple .p8, Snowflake key-pair auth), JWT signing.",
  }),
  pemDetector({
    id: 'pem.encrypted-private-key',
    title: 'Encrypted private key (PKCS#8 PEM)',
    label: 'ENCRYPTED PRIVATE KEY',
    keywords: ['BEGIN ENCRYPTED PRIVATE KEY'],
    start: DER,
    grants:
      "Once the passphrase is found or guessed (it often sits in the same repository or CI config), signs and decrypts as the key's owner.",
    revoke: `${ROTATE_KEY_PAIR} Rotate the passphrase too if it was stored alongside.`,
  }),
  defineDetector({
    id: 'pem.other-private-key',
    title: 'Private key (other PEM label)',
    keywords: ['PRIVATE KEY-----'],
    scope: 'document',
    // Less common labels: `ED25519 PRIVATE KEY`, `ENCRYPTED EC PRIVATE KEY`, `ECDSA PRIVATE KEY`,
    // `ANY PRIVATE KEY` (BouncyCastle), `TENDERMINT PRIVATE KEY` …; the labels above are excluded.
    pattern: () =>
      new RegExp(
        `(?<secret>-----BEGIN (?!(?:RSA |EC |DSA |ENCRYPTED |OPENSSH )?PRIVATE KEY-)(?<_l>[A-Z0-9]{2,20}(?: [A-Z0-9]{2,20}){0,2}) PRIVATE KEY-----${PEM_HEADERS}${PEM_BODY}-----END \\k<_l> PRIVATE KEY-----)`,
      ),
    post: [hasBadPemBody()],
    guide: keyGuide("Signs (and, for encryption keys, decrypts) as the key's owner.", ROTATE_KEY_PAIR),
  }),
];
