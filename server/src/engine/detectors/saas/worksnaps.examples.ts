/** Examples of the worksnaps detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'worksnaps.api-key': {
    positive: [
      `WORKSNAPS_API_KEY=«${fake(B62, 40, 'worksnaps1')}»`,
      `credentials:\n  work_snaps_token: "«${fake(B62, 40, 'worksnaps2')}»"`,
      `const workSnapsSecret = '«${fake(B62, 40, 'worksnaps3')}»';`,
    ],
    negative: [
      `WORKSNAPS_ACCOUNT_ID=${fake(B62, 40, 'worksnaps4')}`,
      `WORKSNAPS_API_KEY=${fake(B62, 40, 'worksnaps5')}${fake(B62, 6, 'tail')}`,
      `# Worksnaps settings\nAPI_KEY=${fake(B62, 40, 'worksnaps6')}`,
      `WORKSNAPS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
