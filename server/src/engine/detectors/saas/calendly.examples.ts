/** Examples of the calendly detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, fakeJwt, fakeUuid, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'calendly.pat': {
    positive: [
      `CALENDLY_API_KEY=«${fakeJwt({ iss: 'https://auth.calendly.com', iat: 1700000000, jti: fakeUuid('uuid|cal'), user_uuid: fakeUuid('uuid|calu') }, 'calendly', { kid: '1ce1e136', typ: 'PAT', alg: 'ES512' })}»`,
    ],
    negative: [`CALENDLY_EVENT_URL=https://calendly.com/acme/${fake(LOWER_DIGITS, 8, 'ev')}`, 'CALENDLY_API_KEY=eyJ...'],
  },
};
