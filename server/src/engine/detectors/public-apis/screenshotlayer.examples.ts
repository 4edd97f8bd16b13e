/** Examples of the screenshotlayer detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'screenshotlayer.api-key': {
    positive: [
      `SCREENSHOTLAYER_API_KEY=«${fake(B62, 32, 'screenshotlayer1')}»`,
      `credentials:\n  screenshot_layer_token: "«${fake(B62, 32, 'screenshotlayer2')}»"`,
      `const screenshotLayerSecret = '«${fake(B62, 32, 'screenshotlayer3')}»';`,
    ],
    negative: [
      `SCREENSHOTLAYER_ACCOUNT_ID=${fake(B62, 32, 'screenshotlayer4')}`,
      `SCREENSHOTLAYER_API_KEY=${fake(B62, 32, 'screenshotlayer5')}${fake(B62, 6, 'tail')}`,
      `# screenshotlayer settings\nAPI_KEY=${fake(B62, 32, 'screenshotlayer6')}`,
      `SCREENSHOTLAYER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
