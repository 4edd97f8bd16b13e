/** Examples of the visualcrossing detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'visualcrossing.api-key': {
    positive: [
      `VISUALCROSSING_API_KEY=«${fake(B62, 25, 'visualcrossing1')}»`,
      `credentials:\n  visual_crossing_token: "«${fake(B62, 25, 'visualcrossing2')}»"`,
      `const visualCrossingSecret = '«${fake(B62, 25, 'visualcrossing3')}»';`,
    ],
    negative: [
      `VISUALCROSSING_ACCOUNT_ID=${fake(B62, 25, 'visualcrossing4')}`,
      `VISUALCROSSING_API_KEY=${fake(B62, 25, 'visualcrossing5')}${fake(B62, 6, 'tail')}`,
      `# Visual Crossing settings\nAPI_KEY=${fake(B62, 25, 'visualcrossing6')}`,
      `VISUALCROSSING_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
