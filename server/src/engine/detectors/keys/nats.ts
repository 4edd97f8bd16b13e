/**
 * NATS nkey seeds and `.creds` files (NATS docs, "NKeys" and "Creds"; github.com/nats-io/nkeys).
 *
 * An nkey is an Ed25519 key encoded as RFC 4648 base32: prefix byte(s), 32 key bytes, then a
 * CRC-16/XMODEM of everything before it (little endian). A seed's first byte is `18 << 3` ("S") ORed
 * with the top bits of the key type, so seeds read `SU…` (user), `SA…` (account), `SO…` (operator),
 * `SN…` (server), `SC…` (cluster), `SX…` (curve): 58 characters. Public keys (`U…`, `A…`, `N…`, 56
 * characters) are identities and safe to publish. The checksum makes a match practically certain.
 */
import { base32Decode, crc16Xmodem, defineDetector, JWT, type Detector, type PostValidator } from '../kit/index.js';

const SEED_PREFIX = 18 << 3;
/** Public-key type bytes a seed may carry (nkeys `PrefixByte*`): operator, server, cluster, account, user, curve. */
const SEED_TYPES: ReadonlyMap<number, string> = new Map([
  [14 << 3, 'operator'],
  [13 << 3, 'server'],
  [2 << 3, 'cluster'],
  [0, 'account'],
  [20 << 3, 'user'],
  [23 << 3, 'curve (xkey)'],
]);

/** The seed's key type, or undefined when the text is not a well-formed seed with a valid CRC-16. */
function nkeySeedType(text: string): string | undefined {
  const bytes = base32Decode(text);
  if (!bytes || bytes.length !== 36) return undefined;
  if (bytes[0]! >> 3 !== SEED_PREFIX >> 3) return undefined;
  const type = ((bytes[0]! & 7) << 5) | (bytes[1]! >> 3);
  const checksum = bytes[34]! | (bytes[35]! << 8);
  return crc16Xmodem(bytes.subarray(0, 34)) === checksum ? SEED_TYPES.get(type) : undefined;
}

const hasNoValidNkeyChecksum: PostValidator = ({ value }) =>
  nkeySeedType(value) ? undefined : 'not an nkey seed (prefix or CRC-16 check fails)';

const SEED = 'S[UAONCX][A-Z2-7]{56}';

const store =
  'Keep seeds and .creds files out of the repository: mount them at run time (Kubernetes Secret, Vault, the NATS account server) and point the client at the file (`nats --creds`, `UserCredentials(path)`); keep operator and account seeds offline (nsc keys export to a vault).';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'nats.creds',
    title: 'NATS user credentials (.creds: user JWT and nkey seed)',
    keywords: ['nkey seed'],
    scope: 'document',
    // The seed block of a `.creds` file written by nsc / the account server, also inside a string
    // literal with `\n` escapes; the user JWT above it is a part.
    pattern: () =>
      new RegExp(`-----BEGIN USER NKEY SEED-----(?:\\\\r)?(?:\\\\n|\\r?\\n)[ \\t]{0,8}(?<secret>SU[A-Z2-7]{56})(?![A-Za-z0-9_])`),
    post: [hasNoValidNkeyChecksum],
    companions: [{ name: 'user_jwt', pattern: new RegExp(`(?<value>${JWT})`), withinLines: 12 }],
    guide: {
      grants:
        'Connects to the NATS system as that user with the publish/subscribe permissions and limits in its JWT, until the JWT expires or the user is revoked.',
      revoke:
        'Revoke the user in its account (`nsc revocations add-user --account <A> --name <U>`, then `nsc push`) and issue new credentials (`nsc add user` / `nsc generate creds`); for a self-signed user, remove its public key from the server config.',
      url: 'https://docs.nats.io/using-nats/nats-tools/nsc/revocation',
      store,
    },
  }),
  defineDetector({
    id: 'nats.nkey-seed',
    title: 'NATS nkey seed (private key)',
    keywords: ['SU', 'SA', 'SO', 'SN', 'SC', 'SX'],
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>${SEED})(?![A-Za-z0-9_])`),
    post: [hasNoValidNkeyChecksum],
    guide: {
      grants:
        'An nkey private key: a user seed (`SU`) logs in as that user, an account seed (`SA`) mints users, an operator seed (`SO`) controls the whole deployment.',
      revoke:
        'Replace the identity: revoke users (`nsc revocations add-user`, new creds); rotate account/operator signing keys (`nsc edit account --sk generate`, then `--rm-sk`), re-issue their JWTs, `nsc push`.',
      url: 'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth',
      store,
    },
  }),
];
