/** Examples of the wistia detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'wistia.api-key': {
    positive: [
      `WISTIA_API_KEY=«${fake(B62, 64, 'wistia1')}»`,
      `credentials:\n  wistia_token: "«${fake(B62, 64, 'wistia2')}»"`,
      `const wistiaSecret = '«${fake(B62, 64, 'wistia3')}»';`,
    ],
    negative: [
      `WISTIA_ACCOUNT_ID=${fake(B62, 64, 'wistia4')}`,
      `WISTIA_API_KEY=${fake(B62, 64, 'wistia5')}${fake(B62, 6, 'tail')}`,
      `# Wistia settings\nAPI_KEY=${fake(B62, 64, 'wistia6')}`,
      `WISTIA_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
