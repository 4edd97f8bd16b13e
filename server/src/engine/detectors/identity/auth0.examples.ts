/** Examples of the auth0 detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake, fakeJwt } from '../kit/examples.js';

export const examples: ExampleTable = {
  'auth0.client-secret': {
    positive: [`AUTH0_CLIENT_SECRET=«${fake(B64URL, 64, 'auth0')}»`, `auth0_client_secret: "«${fake(B64URL, 64, 'auth0-2')}»"`],
    negative: ['AUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}', `PUBLIC_AUTH0_CLIENT_ID=${fake(B62, 32, 'auth0-id')}`],
  },
  'auth0.management-token': {
    positive: [
      `AUTH0_MANAGEMENT_TOKEN=«${fakeJwt({ iss: 'https://ferrowind.eu.auth0.com/', sub: `${fake(B62, 32, 'a0sub')}@clients`, aud: 'https://ferrowind.eu.auth0.com/api/v2/', iat: 1717000000, exp: 1717086400, scope: 'read:users update:users', gty: 'client-credentials' }, 'a0m', { alg: 'RS256', typ: 'JWT', kid: fake(B62, 20, 'a0kid') })}»`,
    ],
    negative: [
      `id_token=${fakeJwt({ iss: 'https://ferrowind.eu.auth0.com/', sub: 'auth0|123', aud: fake(B62, 32, 'a0aud'), iat: 1717000000 }, 'a0id')}`,
    ],
  },
};
