/** Examples of the nats detectors (test data: never imported by the runtime). */
import { B64URL, BASE32_UPPER, base32Encode, crc16Xmodem, fake, fakeBytes, fakeJwt, type ExampleTable } from '../kit/examples.js';

const TYPE_BYTES = { U: 20 << 3, A: 0, O: 14 << 3, N: 13 << 3 } as const;

/** A well-formed nkey: seed (`S` + type) or public key (type byte only), with its CRC-16. */
function nkey(type: keyof typeof TYPE_BYTES, salt: string, kind: 'seed' | 'public' = 'seed'): string {
  const t = TYPE_BYTES[type];
  const prefix = kind === 'seed' ? [(18 << 3) | (t >> 5), (t & 31) << 3] : [t];
  const body = Uint8Array.from([...prefix, ...fakeBytes(32, salt)]);
  const crc = crc16Xmodem(body);
  return base32Encode(Uint8Array.from([...body, crc & 0xff, crc >> 8]));
}

/** The same seed with one character changed: the CRC-16 no longer matches. */
function corrupted(seed: string): string {
  const i = 30;
  return `${seed.slice(0, i)}${seed[i] === 'A' ? 'B' : 'A'}${seed.slice(i + 1)}`;
}

function credsFile(salt: string): string {
  const jwt = fakeJwt(
    {
      jti: fake(B64URL, 20, salt),
      iss: nkey('A', `${salt}-iss`, 'public'),
      sub: nkey('U', `${salt}-sub`, 'public'),
      nats: { type: 'user', version: 2 },
    },
    salt,
    { typ: 'JWT', alg: 'ed25519-nkey' },
  );
  return [
    '-----BEGIN NATS USER JWT-----',
    jwt,
    '------END NATS USER JWT------',
    '',
    '************************* IMPORTANT *************************',
    'NKEY Seed printed below can be used to sign and prove identity.',
    'NKEYs are sensitive and should be treated as secrets.',
    '',
    '-----BEGIN USER NKEY SEED-----',
    `«${nkey('U', `${salt}-seed`)}»`,
    '------END USER NKEY SEED------',
    '',
    '*************************************************************',
  ].join('\n');
}

export const examples: ExampleTable = {
  'nats.creds': {
    positive: [
      { text: credsFile('nc1'), path: 'deploy/nats/orders-service.creds' },
      `const creds = "-----BEGIN USER NKEY SEED-----\\n«${nkey('U', 'nc2')}»\\n------END USER NKEY SEED------\\n";`,
    ],
    negative: [
      `-----BEGIN USER NKEY SEED-----\n${corrupted(nkey('U', 'nc3'))}\n------END USER NKEY SEED------`,
      '-----BEGIN USER NKEY SEED-----\nSU...\n------END USER NKEY SEED------',
    ],
  },
  'nats.nkey-seed': {
    positive: [
      `NATS_NKEY_SEED=«${nkey('U', 'ns1')}»`,
      `authorization: {\n  users: [ { nkey: ${nkey('U', 'ns2', 'public')} } ]\n}\n# operator signing key, do not lose\noperator_seed: "«${nkey('O', 'ns3')}»"`,
      `nc, err := nats.Connect(url, nats.Nkey(pub, func(nonce []byte) ([]byte, error) {\n\tkp, _ := nkeys.FromSeed([]byte("«${nkey('A', 'ns4')}»"))\n\treturn kp.Sign(nonce)\n}))`,
      `server_seed = '«${nkey('N', 'ns5')}»'`,
    ],
    negative: [
      `nkey: ${nkey('U', 'ns6', 'public')}`,
      `accounts: { ORDERS: { users: [ { nkey: ${nkey('A', 'ns7', 'public')} } ] } }`,
      `NATS_NKEY_SEED=${corrupted(nkey('U', 'ns8'))}`,
      `NATS_NKEY_SEED=SU${'A'.repeat(56)}`,
      `SEED=SU${fake(BASE32_UPPER, 56, 'ns9')}`,
    ],
  },
};
