/** Examples of the lemonsqueezy detectors (test data: never imported by the runtime). */
import { fake, fakeJwt, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'lemonsqueezy.api-key': {
    positive: [
      `LEMONSQUEEZY_API_KEY=«${fakeJwt({ aud: '1', jti: fake(HEX, 64, 'ls1'), iat: 1700000000, sub: '12345', scopes: [] }, 'ls2', { typ: 'JWT', alg: 'RS256' })}»`,
    ],
    negative: ['LEMONSQUEEZY_API_KEY=<api-key>', 'LEMONSQUEEZY_STORE_ID=12345'],
  },
};
