/** Examples of the CloudConvert detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, fakeJwt, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'cloudconvert.api-key': {
    positive: [
      `CLOUDCONVERT_API_KEY=«${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'clou0aj') }, 'clou0a')}»`,
      `{ "cloudconvert_api_key": "«${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'clou0bj') }, 'clou0b')}»" }`,
      `const cloudconvertApiKey = '«${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'clou0dj') }, 'clou0d')}»';`,
    ],
    negative: [
      `CLOUDCONVERT_API_KEY=${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'clou0cj') }, 'clou0c')
        .split('.')
        .slice(0, 2)
        .join('.')}`,
      `CLOUDCONVERT_API_KEY=your-jwt-token`,
      `CLOUDCONVERT_API_KEY=${'$'}{CLOUDCONVERT_API_KEY}`,
      `CLOUDCONVERT_ACCOUNT_ID=${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'clou0ej') }, 'clou0e')}`,
    ],
  },
};
