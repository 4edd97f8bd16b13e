/** Examples of the pinata detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, fakeJwt, fakeUuid, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pinata.api-secret': {
    positive: [`PINATA_API_SECRET=«${fake(HEX, 64, 'pin')}»`, `pinata_secret_api_key: '«${fake(HEX, 64, 'pin2')}»'`],
    negative: [`PINATA_API_KEY=${fake(HEX, 20, 'pk')}`, 'PINATA_API_SECRET=<secret>'],
  },
  'pinata.jwt': {
    positive: [
      `PINATA_JWT=«${fakeJwt({ userInformation: { id: fakeUuid('uuid|pu'), email: 'ops@example.com' }, authenticationType: 'scopedKey', scopedKeyKey: fake(HEX, 20, 'psk'), iat: 1700000000 }, 'pinata')}»`,
    ],
    negative: ['PINATA_JWT=<jwt>', 'PINATA_JWT=eyJhbGciOi...'],
  },
};
