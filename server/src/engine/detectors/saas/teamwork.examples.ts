/** Examples of the teamwork detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'teamwork.api-token': {
    positive: [`TEAMWORK_API_TOKEN=«tkn.v1_${fake(B62, 71, 'tw1')}=»`, `teamwork:\n  token: "«tkn.v1_${fake(B62, 71, 'tw2')}=»"`],
    negative: [
      `TEAMWORK_API_TOKEN=tkn.v1_${fake(B62, 40, 'short')}=`,
      'TEAMWORK_API_TOKEN=tkn.v1_<your-token>',
      `TEAMWORK_SITE=https://acme.teamwork.com/tkn.v1_${fake(B62, 12, 'path')}`,
    ],
  },
};
