/** Examples of the opsgenie detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'opsgenie.api-key': {
    positive: [
      `curl -H "Authorization: GenieKey «${fakeUuid('og1')}»" https://api.opsgenie.com/v2/alerts`,
      `OPSGENIE_API_KEY=«${fakeUuid('og2')}»`,
    ],
    negative: [`OPSGENIE_TEAM_ID=team-ops`, 'Authorization: GenieKey ${OPSGENIE_KEY}'],
  },
};
