/** Examples of the todoist detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'todoist.api-key': {
    positive: [
      `TODOIST_API_KEY=«${fake(HEX, 40, 'todoist1')}»`,
      `credentials:\n  todoist_token: "«${fake(HEX, 40, 'todoist2')}»"`,
      `const todoistSecret = '«${fake(HEX, 40, 'todoist3')}»';`,
    ],
    negative: [
      `TODOIST_ACCOUNT_ID=${fake(HEX, 40, 'todoist4')}`,
      `TODOIST_API_KEY=${fake(HEX, 40, 'todoist5')}${fake(B62, 6, 'tail')}`,
      `# Todoist settings\nAPI_KEY=${fake(HEX, 40, 'todoist6')}`,
      `TODOIST_API_KEY=0000000000000000000000000000000000000000`,
    ],
  },
};
