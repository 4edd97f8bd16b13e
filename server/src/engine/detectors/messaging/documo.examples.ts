/** Examples of the Documo (mFax) detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, fakeJwt, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'documo.api-key': {
    positive: [
      `DOCUMO_API_KEY=«${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'docu0aj') }, 'docu0a')}»`,
      `{ "documo_api_key": "«${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'docu0bj') }, 'docu0b')}»" }`,
      `const documoApiKey = '«${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'docu0dj') }, 'docu0d')}»';`,
    ],
    negative: [
      `DOCUMO_API_KEY=${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'docu0cj') }, 'docu0c')
        .split('.')
        .slice(0, 2)
        .join('.')}`,
      `DOCUMO_API_KEY=your-jwt-token`,
      `DOCUMO_API_KEY=${'$'}{DOCUMO_API_KEY}`,
      `DOCUMO_ACCOUNT_ID=${fakeJwt({ aud: '1', jti: fake(HEX, 40, 'docu0ej') }, 'docu0e')}`,
    ],
  },
};
