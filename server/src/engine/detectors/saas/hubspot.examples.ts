/** Examples of the hubspot detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'hubspot.private-app-token': {
    positive: [
      `HUBSPOT_ACCESS_TOKEN=«pat-na1-${fakeUuid('uuid|hs')}»`,
      `new hubspot.Client({ accessToken: '«pat-eu1-${fakeUuid('uuid|hs2')}»' })`,
    ],
    negative: ['HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', 'pat-na1-<token>'],
  },
  'hubspot.legacy-api-key': {
    positive: [
      `https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=«${fakeUuid('uuid|hapi')}»`,
      `HUBSPOT_API_KEY=«${fakeUuid('uuid|hapi2')}»`,
    ],
    negative: [`HUBSPOT_PORTAL_ID=${fakeUuid('uuid|portal')}`, 'HUBSPOT_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
  },
};
