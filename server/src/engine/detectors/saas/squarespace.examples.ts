/** Examples of the squarespace detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'squarespace.api-key': {
    positive: [
      `SQUARESPACE_API_KEY=«${fakeUuid('squarespace1')}»`,
      `credentials:\n  square_space_token: "«${fakeUuid('squarespace2')}»"`,
      `const squareSpaceSecret = '«${fakeUuid('squarespace3')}»';`,
    ],
    negative: [
      `SQUARESPACE_ACCOUNT_ID=${fakeUuid('squarespace4')}`,
      `SQUARESPACE_API_KEY=${fakeUuid('squarespace5')}${fake(B62, 6, 'tail')}`,
      `# Squarespace settings\nAPI_KEY=${fakeUuid('squarespace6')}`,
      'SQUARESPACE_API_KEY=${SQUARESPACE_API_KEY}',
    ],
  },
};
