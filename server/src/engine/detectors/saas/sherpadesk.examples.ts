/** Examples of the sherpadesk detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sherpadesk.api-key': {
    positive: [
      `SHERPADESK_API_KEY=«${fake(B62, 32, 'sherpadesk1')}»`,
      `credentials:\n  sherpa_desk_token: "«${fake(B62, 32, 'sherpadesk2')}»"`,
      `const sherpaDeskSecret = '«${fake(B62, 32, 'sherpadesk3')}»';`,
    ],
    negative: [
      `SHERPADESK_ACCOUNT_ID=${fake(B62, 32, 'sherpadesk4')}`,
      `SHERPADESK_API_KEY=${fake(B62, 32, 'sherpadesk5')}${fake(B62, 6, 'tail')}`,
      `# SherpaDesk settings\nAPI_KEY=${fake(B62, 32, 'sherpadesk6')}`,
      `SHERPADESK_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
