/** Examples of the toggl detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'toggl.api-key': {
    positive: [
      `TOGGL_API_KEY=«${fake(HEX, 32, 'toggl1')}»`,
      `credentials:\n  toggl_token: "«${fake(HEX, 32, 'toggl2')}»"`,
      `const togglSecret = '«${fake(HEX, 32, 'toggl3')}»';`,
    ],
    negative: [
      `TOGGL_ACCOUNT_ID=${fake(HEX, 32, 'toggl4')}`,
      `TOGGL_API_KEY=${fake(HEX, 32, 'toggl5')}${fake(B62, 6, 'tail')}`,
      `# Toggl Track settings\nAPI_KEY=${fake(HEX, 32, 'toggl6')}`,
      `TOGGL_API_KEY=00000000000000000000000000000000`,
    ],
  },
};
