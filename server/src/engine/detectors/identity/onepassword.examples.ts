/** Examples of the onepassword detectors (test data: never imported by the runtime). */
import { alphabet, B64URL, type ExampleTable, fake, fakeJwt, HEX, UPPER_DIGITS } from '../kit/examples.js';

const opServiceAccount = (salt: string) =>
  `ops_${Buffer.from(
    JSON.stringify({
      signInAddress: 'my.1password.com',
      userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: fake(B64URL, 22, `${salt}s`) },
      email: `${fake(alphabet('a-z0-9'), 12, `${salt}e`)}@1passwordserviceaccounts.com`,
      srpX: fake(HEX, 64, `${salt}x`),
      muk: { alg: 'A256GCM', ext: true, k: fake(B64URL, 43, `${salt}k`), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
      secretKey: `A3-${fake(UPPER_DIGITS, 6, `${salt}a`)}-${fake(UPPER_DIGITS, 6, `${salt}b`)}-${fake(UPPER_DIGITS, 5, `${salt}c`)}-${fake(UPPER_DIGITS, 5, `${salt}d`)}-${fake(UPPER_DIGITS, 5, `${salt}f`)}-${fake(UPPER_DIGITS, 5, `${salt}g`)}`,
      deviceUuid: fake(alphabet('a-z0-9'), 26, `${salt}u`),
    }),
  ).toString('base64url')}`;
const secretKey = (salt: string) =>
  `A3-${fake(UPPER_DIGITS, 6, `${salt}1`)}-${fake(UPPER_DIGITS, 6, `${salt}2`)}-${fake(UPPER_DIGITS, 5, `${salt}3`)}-${fake(UPPER_DIGITS, 5, `${salt}4`)}-${fake(UPPER_DIGITS, 5, `${salt}5`)}-${fake(UPPER_DIGITS, 5, `${salt}6`)}`;

export const examples: ExampleTable = {
  'onepassword.service-account-token': {
    positive: [`OP_SERVICE_ACCOUNT_TOKEN=«${opServiceAccount('op1')}»`],
    negative: ['OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ...', `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${fake(B64URL, 40, 'short')}`],
  },
  'onepassword.secret-key': {
    positive: [`1Password Secret Key: «${secretKey('sk1')}»`, `OP_SECRET_KEY="«${secretKey('sk2')}»"`],
    negative: ['Secret Key: A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', 'A3-ABCDEF'],
  },
  'onepassword.connect-token': {
    positive: [
      `OP_CONNECT_TOKEN=«${fakeJwt({ aud: ['com.1password.connect'], iss: 'com.1password.b5', sub: fake(UPPER_DIGITS, 26, 'sub'), iat: 1717000000 }, 'opc', { alg: 'ES256', kid: fake(alphabet('a-z0-9'), 26, 'kid'), typ: 'JWT' })}»`,
    ],
    negative: ['OP_CONNECT_TOKEN=${OP_CONNECT_TOKEN}', 'OP_CONNECT_HOST=http://localhost:8080'],
  },
};
