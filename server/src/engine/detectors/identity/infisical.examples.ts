/** Examples of the infisical detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, fakeUuid, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'infisical.service-token': {
    positive: [`INFISICAL_TOKEN=«st.${fake(HEX, 24, 'inf1')}.${fake(HEX, 32, 'inf2')}.${fake(HEX, 32, 'inf3')}»`],
    negative: ['INFISICAL_TOKEN=st.xxxx.yyyy.zzzz'],
  },
  'infisical.client-secret': {
    positive: [`INFISICAL_CLIENT_SECRET=«${fake(HEX, 64, 'inf-cs')}»`],
    negative: ['INFISICAL_CLIENT_SECRET=${INFISICAL_CLIENT_SECRET}', `INFISICAL_CLIENT_ID=${fakeUuid('inf-id')}`],
  },
};
