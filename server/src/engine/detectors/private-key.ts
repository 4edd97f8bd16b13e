/**
 * Private keys and key files (CREDENTIAL-FORMATS.md §9): PEM blocks (PKCS#1, SEC1, DSA, PKCS#8,
 * encrypted PKCS#8), OpenSSH, OpenPGP, PuTTY, ssh.com, OpenVPN static keys, WireGuard keys, and the
 * passwords of Java / Android keystores.
 *
 * A key is ONE finding from `-----BEGIN` to the end of `-----END …-----`, however it is written:
 * plain, indented (YAML block scalars), with literal `\n` escapes (JSON, .env), as C/Java string
 * literals (`"…\n"` per line), or with CRLF line ends. Every quantifier is bounded (a body is at most
 * 24 000 characters, separators included) and the body alphabet excludes `-`, so a `-----BEGIN`
 * without its END costs at most one bounded scan.
 */
import { fake, fakeBytes, fakePem, pemLine, toBase64 } from '../fake.js';
import { B62, B64, HEX } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';
import { PASSWORD_CHECKS, isAboutThePassword, requireNearby, secretAssignment } from './kit/index.js';

// ---------------------------------------------------------------------------------------------
// PEM machinery
// ---------------------------------------------------------------------------------------------

/**
 * One body unit: a Base64 character, whitespace, a quote or `+` of a string literal / concatenation,
 * an escaped line break (`\n`, `\\n`, `\r`), an escaped slash (`\/`, JSON), or a shell line continuation.
 */
const BODY_UNIT = String.raw`(?:[A-Za-z0-9+/=\s"'\`]|\\{1,2}[nrt]|\\\/|\\\r?\n)`;
/**
 * RFC 1421 / RFC 4880 armour headers (`Proc-Type:`, `DEK-Info:`, `Version:`, `Comment:`), at most 8.
 * A value runs to the end of its line (lookahead), so it cannot be cut short and re-read as body:
 * that keeps a `-----BEGIN` without END linear.
 */
const HEADERS = String.raw`(?:${BODY_UNIT}{0,16}[A-Z][A-Za-z0-9-]{1,30}:[ \t]?(?:"[^"\r\n\\]{0,200}"|[^\r\n"'\\]{0,200})(?=[\r\n"'\\])){0,8}`;
const BODY = `${BODY_UNIT}{64,24000}`;

/** `-----BEGIN <label>-----` … `-----END <label>-----`; `end` defaults to the same label. */
function pemPattern(label: string, end = label): RegExp {
  return new RegExp(`(?<secret>-----BEGIN ${label}-----${HEADERS}${BODY}-----END ${end}-----)`);
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

function shannon(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / value.length) * Math.log2(n / value.length);
  return h;
}

const PLACEHOLDER_BODY = /example|placeholder|redacted|truncated|yourkey|keyhere|notarealkey|notreal|insertkey|dummykey|fakekey|replaceme|removed/i;

/**
 * A real key body: at least 64 Base64 characters that look random (entropy), no placeholder words,
 * and — per format — the DER `SEQUENCE` start (`M…`) or the OpenSSH magic.
 */
function hasBadPemBody(start?: RegExp, what = 'key'): PostValidator {
  return ({ value }) => {
    const { headers, body } = pemParts(value);
    const material = body.replace(/=+$/, '');
    if (material.length < 64) return 'key body too short';
    if (PLACEHOLDER_BODY.test(material)) return 'placeholder key body';
    if (shannon(material) < 4.2) return 'key body not random';
    const encrypted = headers.some((h) => /^Proc-Type:.*ENCRYPTED/i.test(h));
    if (start && !encrypted && !start.test(material)) return `not a ${what} encoding`;
    return undefined;
  };
}

/** DER `SEQUENCE`: Base64 `MI…` (long form) or `MA`–`MH` (short form: small EC/Ed25519 keys). */
const DER = /^M[A-I]/;

const keyStore = 'Keep keys out of the repository: load them from a secret manager / KMS or a file outside the tree mounted at run time (Kubernetes Secret, CI secret file), and add the key paths to .gitignore.';

function keyGuide(grants: string, revoke: string, url?: string): Detector['guide'] {
  return { grants, revoke, ...(url ? { url } : {}), store: keyStore };
}

const rotateKey =
  'Treat the key as compromised: generate a new key pair, deploy the new public key / certificate, then remove the old public key everywhere it is trusted (authorized_keys, deploy keys, CAs — revoke the certificate) and delete the leaked key.';

/** YAML block scalar: every line of the block indented. */
function indented(block: string, indent: string): string {
  return block.split('\n').join(`\n${indent}`);
}

/** C / Java string literal, one `"…\n"` per line (the caller adds the last line's `\n";`). */
function cString(block: string, indent: string): string {
  const lines = block.split('\n');
  return lines.map((line, i) => (i === 0 ? `${line}\\n"` : i === lines.length - 1 ? `${indent}"${line}` : `${indent}"${line}\\n"`)).join('\n');
}

interface PemSpec {
  readonly id: string;
  readonly title: string;
  readonly label: string;
  readonly keywords: readonly string[];
  readonly start?: RegExp;
  readonly grants: string;
  readonly revoke?: string;
  readonly url?: string;
  readonly extraPositive?: readonly string[];
  readonly extraNegative?: readonly string[];
}

function pemDetector(spec: PemSpec): Detector {
  const key = (salt: string, eol?: string) => fakePem(spec.label, 600, `${spec.id}${salt}`, eol);
  return {
    id: spec.id,
    title: spec.title,
    kind: 'specific',
    keywords: spec.keywords,
    pattern: pemPattern(spec.label),
    post: [hasBadPemBody(spec.start)],
    examples: {
      positive: [
        `«${key('a')}»\n`,
        `tls:\n  key: |\n    «${indented(key('b'), '    ')}»\n`,
        `{"private_key": "«${key('c', '\\n')}»\\n"}`,
        `static const char *KEY =\n    "«${cString(key('d'), '    ')}»\\n";`,
        `«${key('e', '\r\n')}»\r\n`,
        ...(spec.extraPositive ?? []),
      ],
      negative: [
        `${pemLine('BEGIN', spec.label)}\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n${pemLine('END', spec.label)}`,
        `${pemLine('BEGIN', spec.label)}\n<your private key here>\n${pemLine('END', spec.label)}`,
        `${pemLine('BEGIN', spec.label)}\n${'A'.repeat(64)}\n${'A'.repeat(64)}\n${pemLine('END', spec.label)}`,
        `if (pem.startsWith("${pemLine('BEGIN', spec.label)}") && pem.endsWith("${pemLine('END', spec.label)}"))`,
        fakePem('CERTIFICATE', 600, spec.id),
        fakePem('PUBLIC KEY', 300, spec.id),
        `${pemLine('BEGIN', spec.label)}\n${fake(B64, 64, `${spec.id}-cut`)}\n`,
        ...(spec.extraNegative ?? []),
      ],
    },
    guide: keyGuide(spec.grants, spec.revoke ?? rotateKey, spec.url),
  };
}

/** An OpenSSH-format body: `openssh-key-v1\0` magic then (fake) key fields, wrapped at 70. */
function fakeOpenSsh(salt: string, eol = '\n'): string {
  const magic = Buffer.from('openssh-key-v1\0', 'latin1');
  const cipher = Buffer.from('\0\0\0\naes256-ctr\0\0\0\x06bcrypt\0\0\0\x18\0\0\0\x10', 'latin1');
  const body = toBase64(Buffer.concat([magic, cipher, Buffer.from(fakeBytes(380, `openssh|${salt}`))])).match(/.{1,70}/g) ?? [];
  return [pemLine('BEGIN', 'OPENSSH PRIVATE KEY'), ...body, pemLine('END', 'OPENSSH PRIVATE KEY')].join(eol);
}

/** An OpenPGP secret-key armour block with a header and the CRC-24 line (checksum not computed). */
function fakePgp(salt: string): string {
  const body = toBase64(fakeBytes(900, `pgp|${salt}`)).match(/.{1,64}/g) ?? [];
  return [pemLine('BEGIN', 'PGP PRIVATE KEY BLOCK'), 'Comment: release signing key', '', ...body, `=${fake(B64, 4, `crc${salt}`)}`, pemLine('END', 'PGP PRIVATE KEY BLOCK')].join('\n');
}

/** A PuTTY v2/v3 key file (structure only). */
function fakePpk(salt: string, version: 2 | 3 = 3): string {
  const b64 = (n: number, s: string) => toBase64(fakeBytes(n, `ppk|${salt}|${s}`)).match(/.{1,64}/g) ?? [];
  const pub = b64(51, 'pub');
  const priv = b64(48, 'priv');
  return [
    `PuTTY-User-Key-File-${version}: ssh-ed25519`,
    'Encryption: none',
    `Comment: ed25519-key-${salt}`,
    `Public-Lines: ${pub.length}`,
    ...pub,
    `Private-Lines: ${priv.length}`,
    ...priv,
    `Private-MAC: ${fake(HEX, version === 3 ? 64 : 40, `mac${salt}`)}`,
  ].join('\n');
}

/** 32 random bytes in Base64 (44 chars ending `=`): a WireGuard / X25519 key shape. */
function fakeWgKey(salt: string): string {
  return toBase64(fakeBytes(32, `wg|${salt}`));
}

/** wg(8) / wg-quick(8) man page example keys: published documentation values. */
const WIREGUARD_DOC_KEYS = new Set(['yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=', 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=', 'TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0=', 'gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA=', 'HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=']);
const isWireguardDocKey: PostValidator = ({ value }) => (WIREGUARD_DOC_KEYS.has(value) ? 'wg(8) documentation key' : undefined);

/** 44-char Base64 of exactly 32 bytes: the 43rd character carries 2 zero bits. */
const KEY32 = '[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=';

/** Java / Android keystore defaults: `changeit` (JDK cacerts), `android` (debug keystore). */
const isKeystoreDefault: PostValidator = ({ value }) => (/^(?:changeit|android|password|changeme|secret|storepass|keypass|123456|000000)$/i.test(value) ? 'well-known keystore default' : undefined);

export const detectors: Detector[] = [
  pemDetector({
    id: 'pem.rsa-private-key',
    title: 'RSA private key (PKCS#1 PEM)',
    label: 'RSA PRIVATE KEY',
    keywords: ['BEGIN RSA PRIVATE KEY'],
    start: DER,
    grants: 'Signs and decrypts as the key\'s owner: impersonate the server (TLS), log in over SSH where the public key is authorised, sign tokens (JWT RS256) or code.',
    extraPositive: [
      `«${pemLine('BEGIN', 'RSA PRIVATE KEY')}\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,${fake(HEX, 32, 'iv').toUpperCase()}\n\n${(toBase64(fakeBytes(600, 'enc-rsa')).match(/.{1,64}/g) ?? []).join('\n')}\n${pemLine('END', 'RSA PRIVATE KEY')}»`,
    ],
  }),
  pemDetector({
    id: 'pem.ec-private-key',
    title: 'EC private key (SEC1 PEM)',
    label: 'EC PRIVATE KEY',
    keywords: ['BEGIN EC PRIVATE KEY'],
    start: DER,
    grants: 'Signs as the key\'s owner (TLS server identity, ES256 JWTs, Apple/Google service credentials, code signing).',
    extraPositive: [`${pemLine('BEGIN', 'EC PARAMETERS')}\nBggqhkjOPQMBBw==\n${pemLine('END', 'EC PARAMETERS')}\n«${fakePem('EC PRIVATE KEY', 121, 'p256')}»`],
  }),
  pemDetector({
    id: 'pem.dsa-private-key',
    title: 'DSA private key (PEM)',
    label: 'DSA PRIVATE KEY',
    keywords: ['BEGIN DSA PRIVATE KEY'],
    start: DER,
    grants: 'Signs as the key\'s owner (legacy SSH host/user keys, code signing).',
  }),
  pemDetector({
    id: 'pem.pkcs8-private-key',
    title: 'Private key (PKCS#8 PEM)',
    label: 'PRIVATE KEY',
    keywords: ['BEGIN PRIVATE KEY'],
    start: DER,
    grants: 'Signs and decrypts as the key\'s owner (RSA, EC or Ed25519): TLS server identity, service-account and app credentials (GCP, Apple .p8, Snowflake key-pair auth), JWT signing.',
    extraPositive: [`«${fakePem('PRIVATE KEY', 48, 'ed25519')}»`],
  }),
  pemDetector({
    id: 'pem.encrypted-private-key',
    title: 'Encrypted private key (PKCS#8 PEM)',
    label: 'ENCRYPTED PRIVATE KEY',
    keywords: ['BEGIN ENCRYPTED PRIVATE KEY'],
    start: DER,
    grants: 'Once the passphrase is found or guessed (it often sits in the same repository or CI config), signs and decrypts as the key\'s owner.',
    revoke: `${rotateKey} Rotate the passphrase too if it was stored alongside.`,
  }),
  {
    id: 'pem.other-private-key',
    title: 'Private key (other PEM label)',
    kind: 'specific',
    keywords: ['PRIVATE KEY-----'],
    // Less common labels: `ED25519 PRIVATE KEY`, `ENCRYPTED EC PRIVATE KEY`, `ECDSA PRIVATE KEY`,
    // `ANY PRIVATE KEY` (BouncyCastle), `TENDERMINT PRIVATE KEY` …; the labels above are excluded.
    pattern: new RegExp(
      `(?<secret>-----BEGIN (?!(?:RSA |EC |DSA |ENCRYPTED |OPENSSH )?PRIVATE KEY-)(?<_l>[A-Z0-9]{2,20}(?: [A-Z0-9]{2,20}){0,2}) PRIVATE KEY-----${HEADERS}${BODY}-----END \\k<_l> PRIVATE KEY-----)`,
    ),
    post: [hasBadPemBody()],
    examples: {
      positive: [`«${fakePem('ED25519 PRIVATE KEY', 48, 'ed')}»`, `«${fakePem('ENCRYPTED EC PRIVATE KEY', 200, 'eec')}»`],
      negative: [fakePem('PRIVATE KEY', 600, 'other'), fakePem('PUBLIC KEY', 300, 'other'), `${pemLine('BEGIN', 'ED25519 PRIVATE KEY')}\n...\n${pemLine('END', 'ED25519 PRIVATE KEY')}`],
    },
    guide: keyGuide('Signs (and, for encryption keys, decrypts) as the key\'s owner.', rotateKey),
  },
  {
    id: 'openssh.private-key',
    title: 'OpenSSH private key',
    kind: 'specific',
    keywords: ['BEGIN OPENSSH PRIVATE KEY'],
    pattern: pemPattern('OPENSSH PRIVATE KEY'),
    // The body always starts with the `openssh-key-v1\0` magic (Base64 `b3BlbnNzaC1rZXktdjE`; PROTOCOL.key).
    post: [hasBadPemBody(/^b3BlbnNzaC1rZXktdjE/, 'OpenSSH key')],
    examples: {
      positive: [
        `«${fakeOpenSsh('a')}»\n`,
        `deploy_key: |\n  «${indented(fakeOpenSsh('b'), '  ')}»\n`,
        `SSH_PRIVATE_KEY="«${fakeOpenSsh('c', '\\n')}»\\n"`,
        `«${fakeOpenSsh('d', '\r\n')}»\r\n`,
      ],
      negative: [
        `${pemLine('BEGIN', 'OPENSSH PRIVATE KEY')}\nb3BlbnNzaC1rZXktdjE...\n${pemLine('END', 'OPENSSH PRIVATE KEY')}`,
        `${pemLine('BEGIN', 'OPENSSH PRIVATE KEY')}\n${fake(B64, 70, 'nomagic1')}\n${fake(B64, 70, 'nomagic2')}\n${pemLine('END', 'OPENSSH PRIVATE KEY')}`,
        `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake(B64, 43, 'pub')} deploy@ci`,
        `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${fake(B64, 340, 'rsapub')} user@host`,
      ],
    },
    guide: keyGuide(
      'Logs in over SSH wherever the matching public key is authorised (servers\' authorized_keys, GitHub/GitLab deploy or user keys), and signs git commits if used for signing.',
      'Remove the public key from every `authorized_keys`, GitHub/GitLab/Bitbucket deploy-key and user-key list, then generate a new pair (`ssh-keygen -t ed25519`). Encrypted keys (`aes256-ctr` in the header) still need rotating: the passphrase can be brute-forced offline.',
      'https://github.com/settings/keys',
    ),
  },
  {
    id: 'pgp.private-key-block',
    title: 'OpenPGP private key block',
    kind: 'specific',
    keywords: ['BEGIN PGP PRIVATE KEY BLOCK', 'BEGIN PGP SECRET KEY BLOCK'],
    pattern: pemPattern('PGP (?<_l>PRIVATE|SECRET) KEY BLOCK', 'PGP \\k<_l> KEY BLOCK'),
    post: [hasBadPemBody()],
    examples: {
      positive: [`«${fakePgp('a')}»`, `  GPG_SIGNING_KEY: |\n    «${indented(fakePgp('b'), '    ')}»`],
      negative: [
        `${pemLine('BEGIN', 'PGP PUBLIC KEY BLOCK')}\n\n${(toBase64(fakeBytes(900, 'pgp-pub')).match(/.{1,64}/g) ?? []).join('\n')}\n${pemLine('END', 'PGP PUBLIC KEY BLOCK')}`,
        `${pemLine('BEGIN', 'PGP PRIVATE KEY BLOCK')}\n\n[your exported key]\n${pemLine('END', 'PGP PRIVATE KEY BLOCK')}`,
        `${pemLine('BEGIN', 'PGP SIGNATURE')}\n\n${(toBase64(fakeBytes(300, 'sig')).match(/.{1,64}/g) ?? []).join('\n')}\n${pemLine('END', 'PGP SIGNATURE')}`,
      ],
    },
    guide: keyGuide(
      'Signs as the key\'s owner (release and commit signatures, package repositories) and decrypts everything encrypted to it.',
      'Publish the revocation certificate (`gpg --gen-revoke`, then `gpg --send-keys`), replace the key in package-signing and git-signing configuration, and re-encrypt data that was encrypted to it.',
    ),
  },
  {
    id: 'putty.private-key',
    title: 'PuTTY private key (.ppk)',
    kind: 'specific',
    keywords: ['PuTTY-User-Key-File-'],
    // `PuTTY-User-Key-File-2|3: <alg>` … header and Base64 lines … `Private-MAC: <hex>` (PuTTY docs,
    // appendix C). Lines may be indented; a new `PuTTY-User-Key-File` line ends the scan.
    pattern:
      /(?<secret>PuTTY-User-Key-File-[23]:[ \t]*[A-Za-z0-9@.-]{3,60}(?:(?:\r?\n|\\r?\\n)[ \t]*(?:(?!PuTTY-)[A-Z][A-Za-z0-9-]{1,30}:[ \t]*[^\r\n\\]{0,200}|[A-Za-z0-9+/=]{1,100}|)){4,400}?(?:\r?\n|\\r?\\n)[ \t]*Private-MAC:[ \t]*[0-9a-fA-F]{40,64})/,
    post: [
      ({ value }) => {
        const lines = value.split(/\r?\n|\\r?\\n/).filter((line) => /^\s*[A-Za-z0-9+/=]{8,}\s*$/.test(line));
        const body = lines.join('').replace(/\s/g, '');
        return body.length < 64 || shannon(body) < 4.2 ? 'key body too short or not random' : undefined;
      },
    ],
    examples: {
      positive: [`«${fakePpk('a')}»\n`, `«${fakePpk('b', 2)}»`, { text: `«${fakePpk('c').replace(/\n/g, '\r\n')}»\r\n`, path: 'keys/deploy.ppk' }],
      negative: [`PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: key\nPublic-Lines: 2\n...\nPrivate-Lines: 1\n...\nPrivate-MAC: <mac>`, 'Save it as a PuTTY-User-Key-File-3: file with puttygen.'],
    },
    guide: keyGuide(
      'Logs in over SSH wherever the matching public key is authorised (PuTTY/WinSCP sessions, servers\' authorized_keys).',
      'Remove the public key from every `authorized_keys` / deploy-key list, then generate a new key with PuTTYgen (use a passphrase).',
    ),
  },
  {
    id: 'ssh2.private-key',
    title: 'SSH2 (ssh.com / Tectia) private key',
    kind: 'specific',
    keywords: ['BEGIN SSH2 ENCRYPTED PRIVATE KEY', 'BEGIN SSH2 PRIVATE KEY'],
    // `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----` (four dashes and spaces); body starts with the
    // magic 0x3f6ff9eb (Base64 `P2/56w`).
    pattern: new RegExp(`(?<secret>---- BEGIN SSH2 (?<_l>ENCRYPTED PRIVATE|PRIVATE) KEY ----${HEADERS}${BODY}---- END SSH2 \\k<_l> KEY ----)`),
    post: [
      ({ value }) => {
        const body = value
          .replace(/^---- BEGIN[^\n]*\n/, '')
          .replace(/---- END[^\n]*$/, '')
          .replace(/[A-Z][A-Za-z0-9-]{1,30}:[^\r\n]*/g, '')
          .replace(/[^A-Za-z0-9+/=]/g, '');
        return body.startsWith('P2/56w') && body.length >= 64 && shannon(body) >= 4.2 ? undefined : 'not an ssh.com key body';
      },
    ],
    examples: {
      positive: [`«---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "rsa-key-20240101"\n${(`P2/56w${toBase64(fakeBytes(600, 'ssh2'))}`.match(/.{1,70}/g) ?? []).join('\n')}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----»`],
      negative: [`---- BEGIN SSH2 PUBLIC KEY ----\nComment: "rsa-key"\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ${(fake(B64, 300, 'ssh2pub').match(/.{1,70}/g) ?? []).join('\n')}\n---- END SSH2 PUBLIC KEY ----`],
    },
    guide: keyGuide('Logs in over SSH wherever the matching public key is authorised.', 'Remove the public key from the servers\' authorised keys and generate a new pair.'),
  },
  {
    id: 'openvpn.static-key',
    title: 'OpenVPN static key (tls-auth / tls-crypt)',
    kind: 'specific',
    keywords: ['BEGIN OpenVPN Static key'],
    // `-----BEGIN OpenVPN Static key V1-----` + 16 lines of 32 hex (2048-bit key).
    pattern: /(?<secret>-----BEGIN OpenVPN Static key V1-----(?:[\s"'`]|\\{1,2}[nr]){1,16}(?:[0-9a-fA-F]{16,64}(?:[\s"'`]|\\{1,2}[nr]){1,16}){8,64}-----END OpenVPN Static key V1-----)/,
    post: [({ value }) => (shannon(value.replace(/-----[^-]+-----|[^0-9a-fA-F]/g, '')) < 3.5 ? 'not random' : undefined)],
    examples: {
      positive: [`<tls-crypt>\n«-----BEGIN OpenVPN Static key V1-----\n${(fake(HEX, 512, 'ovpn').match(/.{32}/g) ?? []).join('\n')}\n-----END OpenVPN Static key V1-----»\n</tls-crypt>`],
      negative: [`-----BEGIN OpenVPN Static key V1-----\n${'0'.repeat(32)}\n-----END OpenVPN Static key V1-----`],
    },
    guide: keyGuide('Lets an attacker pass the VPN\'s tls-auth/tls-crypt HMAC layer (with tls-crypt, decrypt the control channel) — the first step to attacking the VPN server.', 'Generate a new key (`openvpn --genkey tls-crypt <file>`), deploy it to the server and every client profile, and remove the old one.'),
  },
  {
    id: 'wireguard.private-key',
    title: 'WireGuard private key',
    kind: 'specific',
    keywords: ['PrivateKey', 'private_key', 'private-key', 'privatekey'],
    keywordScope: 'line',
    // `PrivateKey = <44 Base64>` in `[Interface]` (wg-quick(8), systemd.netdev(5)); or a value assigned to
    // a WireGuard-named variable (Ansible, Helm, Terraform). 32-byte key: 43 chars + `=`.
    pattern: new RegExp(
      String.raw`(?:(?<![A-Za-z0-9_])PrivateKey[ \t]*=[ \t]*|(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,20}[_.-])?(?:[wW][gG]|[wW]ire[gG]uard|WIREGUARD)[_.-]?(?:[A-Za-z0-9]{1,20}[_.-])?(?:[pP]rivate|PRIVATE)[_.-]?(?:[kK]ey|KEY)["'\`]?[ \t]*(?::|=|=>)[ \t]*["'\`]?|(?<![A-Za-z0-9_-])private-key[ \t]*=[ \t]*)(?<secret>${KEY32})(?![A-Za-z0-9+/=])`,
    ),
    post: [isWireguardDocKey],
    examples: {
      positive: [
        `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = «${fakeWgKey('a')}»\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${fakeWgKey('pub')}`,
        `wireguard_private_key: "«${fakeWgKey('b')}»"`,
        `[wireguard]\nprivate-key=«${fakeWgKey('c')}»`,
      ],
      negative: [`[Peer]\nPublicKey = ${fakeWgKey('pub2')}`, 'PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=', 'PrivateKey = <server-private-key>', `PrivateKey = ${fakeWgKey('d').slice(0, 30)}`],
    },
    guide: keyGuide(
      'Impersonates that WireGuard peer: connect to the VPN (and reach the networks its AllowedIPs route) or, for a server key, intercept its peers\' traffic.',
      'Generate a new key pair (`wg genkey | tee private.key | wg pubkey`), replace the public key on every peer, and remove the old peer entry.',
      'https://www.wireguard.com/quickstart/',
    ),
  },
  {
    id: 'wireguard.preshared-key',
    title: 'WireGuard preshared key',
    kind: 'specific',
    keywords: ['PresharedKey', 'preshared_key', 'preshared-key'],
    keywordScope: 'line',
    // `PresharedKey = <44 Base64>` in a `[Peer]` section (wg(8), `wg genpsk`).
    pattern: new RegExp(
      String.raw`(?:(?<![A-Za-z0-9_])PresharedKey[ \t]*=[ \t]*|(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,20}[_.-]){0,2}(?:[pP]re[_-]?[sS]hared|PRE_?SHARED)[_.-]?(?:[kK]ey|KEY)["'\`]?[ \t]*(?::|=|=>)[ \t]*["'\`]?)(?<secret>${KEY32})(?![A-Za-z0-9+/=])`,
    ),
    post: [isWireguardDocKey],
    examples: {
      positive: [`[Peer]\nPublicKey = ${fakeWgKey('pub3')}\nPresharedKey = «${fakeWgKey('psk')}»\nAllowedIPs = 0.0.0.0/0`, `wireguard_preshared_key: '«${fakeWgKey('psk2')}»'`],
      negative: [`[Peer]\nPublicKey = ${fakeWgKey('pub4')}`, 'PresharedKey = <psk>'],
    },
    guide: keyGuide('Removes the post-quantum/extra symmetric layer between two peers; combined with a leaked private key, lets an attacker complete the handshake.', 'Generate a new one (`wg genpsk`) and set it on both peers of the pair.', 'https://www.wireguard.com/quickstart/'),
  },
  {
    id: 'android.signing-password',
    title: 'Android signing keystore password',
    kind: 'specific',
    keywords: ['storepassword', 'keypassword', 'signing.store.password', 'signing.key.password', 'store_password', 'key_password', 'storepass', 'keystore_pass', 'keystore_password'],
    keywordScope: 'line',
    // Gradle `signingConfigs { storePassword "…"; keyPassword "…" }`, `key.properties` (Flutter),
    // `keystore.properties`, `android.injected.signing.*.password`, React Native `MYAPP_UPLOAD_STORE_PASSWORD`.
    pattern: secretAssignment(
      String.raw`storePassword|keyPassword|signing\.(?:store|key)\.password|(?:[A-Z0-9]{1,20}_)?(?:UPLOAD|RELEASE|SIGNING|ANDROID)_(?:STORE|KEY|KEYSTORE)_PASS(?:WORD)?|(?:ANDROID_)?(?:KEY|STORE)_PASSWORD`,
      { min: 4 },
    ),
    post: [
      ...PASSWORD_CHECKS,
      isKeystoreDefault,
      isAboutThePassword,
      requireNearby(/storeFile|keyAlias|signingConfig|storePassword|keystore|\.jks|android|STORE_FILE|KEY_ALIAS|upload/i, { lines: 10 }, 'no Android signing context'),
    ],
    examples: {
      positive: [
        `android {\n    signingConfigs {\n        release {\n            storeFile file("upload-keystore.jks")\n            storePassword "«${fake(B62, 16, 'sp')}»"\n            keyAlias "upload"\n            keyPassword "«${fake(B62, 16, 'kp')}»"\n        }\n    }\n}`,
        `storePassword=«${fake(B62, 14, 'sp2')}»\nkeyPassword=${fake(B62, 14, 'kp2')}\nkeyAlias=upload\nstoreFile=/home/ci/upload-keystore.jks`,
        `./gradlew assembleRelease -Pandroid.injected.signing.store.file=release.jks -Pandroid.injected.signing.store.password=«${fake(B62, 12, 'inj')}»`,
      ],
      negative: [
        'storePassword System.getenv("KEYSTORE_PASSWORD")',
        "storePassword keystoreProperties['storePassword']",
        'storePassword "android"\nkeyAlias "androiddebugkey"',
        'storePassword=${KEYSTORE_PASSWORD}\nstoreFile=upload.jks',
        `keyPassword: "${fake(B62, 12, 'noctx')}"`,
      ],
    },
    guide: keyGuide(
      'With the keystore file (often committed or in CI artefacts), signs APKs/App Bundles as your app: push malicious updates where the upload key is trusted.',
      'If the upload key leaked: request an upload-key reset in Play Console → Setup → App signing. Change the keystore/key passwords (`keytool -storepasswd`, `keytool -keypasswd`) and move them to CI secrets.',
      'https://developer.android.com/studio/publish/app-signing#reset_upload_key',
    ),
  },
  {
    id: 'java.keystore-password',
    title: 'Java keystore / truststore password',
    kind: 'specific',
    keywords: ['keystore', 'key-store', 'key_store', 'truststore', 'trust-store', 'trust_store', 'storepass', 'keypass'],
    keywordScope: 'line',
    // `javax.net.ssl.keyStorePassword`, Spring `server.ssl.key-store-password` / `key-password`, Tomcat
    // `keystorePass="…"`, `KEYSTORE_PASSWORD`, keytool / jarsigner `-storepass` / `-keypass`.
    pattern: secretAssignment(
      String.raw`[kK]ey[sS]tore[_.-]?[pP]ass(?:word)?|[kK]ey-store-password|[tT]rust[sS]tore[_.-]?[pP]ass(?:word)?|[tT]rust-store-password|KEYSTORE_PASS(?:WORD)?|KEY_STORE_PASS(?:WORD)?|TRUSTSTORE_PASS(?:WORD)?|TRUST_STORE_PASS(?:WORD)?|ssl[_.-]key-password`,
      { min: 4 },
    ),
    post: [...PASSWORD_CHECKS, isKeystoreDefault, isAboutThePassword],
    examples: {
      positive: [
        `server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-password=«${fake(B62, 16, 'ks1')}»`,
        `<Connector port="8443" keystoreFile="conf/tomcat.jks" keystorePass="«${fake(B62, 14, 'ks2')}»" />`,
        `JAVA_OPTS="-Djavax.net.ssl.trustStore=/etc/pki/app.jks -Djavax.net.ssl.trustStorePassword=«${fake(B62, 12, 'ks3')}»"`,
      ],
      negative: ['-Djavax.net.ssl.trustStorePassword=changeit', 'server.ssl.key-store-password=${KEYSTORE_PASSWORD}', 'KEYSTORE_PASSWORD_FILE=/run/secrets/ks'],
    },
    guide: keyGuide(
      'Opens the keystore (TLS private keys, signing keys, client certificates) for anyone who also has the file, which usually sits next to the configuration.',
      'Rotate the keys inside the keystore if the file leaked too; change the store and key passwords (`keytool -storepasswd`, `keytool -keypasswd`) and keep them in a secret store.',
    ),
  },
  {
    id: 'java.keytool-password',
    title: 'Keystore password on a keytool / jarsigner / apksigner command line',
    kind: 'specific',
    keywords: ['keytool', 'jarsigner', 'apksigner'],
    keywordScope: 'line',
    // `keytool … -storepass <pw> -keypass <pw>`; `apksigner sign --ks-pass pass:<pw>` (`env:` / `file:`
    // forms are references).
    pattern: /(?:keytool|jarsigner|apksigner)\b[^\r\n]{0,400}?[ \t](?:-(?:src|dest|new)?(?:storepass|keypass)[ \t]+|--(?:ks|key)-pass[ \t]+pass:)(?<_q>["']?)(?<secret>(?![-$])[^\s"'`:]{4,128})(?=["'\s]|$)/,
    post: [...PASSWORD_CHECKS, isKeystoreDefault],
    examples: {
      positive: [`keytool -genkeypair -alias upload -keystore upload.jks -storepass «${fake(B62, 14, 'kt1')}» -keypass ${fake(B62, 14, 'kt2')} -dname "CN=Acme"`, `apksigner sign --ks release.jks --ks-pass pass:«${fake(B62, 14, 'kt3')}» app.apk`],
      negative: ['keytool -list -keystore cacerts -storepass changeit', 'apksigner sign --ks release.jks --ks-pass env:KS_PASS app.apk', 'keytool -list -keystore app.jks -storepass:env KS_PASS'],
    },
    guide: keyGuide('Opens the keystore for anyone who has the file; command lines also land in shell history and CI logs.', 'Change the store and key passwords (`keytool -storepasswd`, `keytool -keypasswd`), and rotate the keys if the keystore file is exposed too.'),
  },
];

