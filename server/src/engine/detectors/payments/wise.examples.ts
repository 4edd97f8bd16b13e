/** Examples of the wise detectors (test data: never imported by the runtime). */
import { fakeUuid, fakeNumber as num, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'wise.api-token': {
    positive: [`WISE_API_TOKEN=«${fakeUuid('ws1')}»`, `transferwise:\n  transferwise_token: "«${fakeUuid('ws2')}»"`],
    negative: [`WISE_PROFILE_ID=${num(8, 'ws3')}`, `otherwise_key = "${fakeUuid('ws4')}"`],
  },
};
