/** Examples of the vatlayer detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'vatlayer.api-key': {
    positive: [
      `VATLAYER_API_KEY=«${fake(B62, 32, 'vatlayer1')}»`,
      `credentials:\n  vat_layer_token: "«${fake(B62, 32, 'vatlayer2')}»"`,
      `const vatLayerSecret = '«${fake(B62, 32, 'vatlayer3')}»';`,
    ],
    negative: [
      `VATLAYER_ACCOUNT_ID=${fake(B62, 32, 'vatlayer4')}`,
      `VATLAYER_API_KEY=${fake(B62, 32, 'vatlayer5')}${fake(B62, 6, 'tail')}`,
      `# vatlayer settings\nAPI_KEY=${fake(B62, 32, 'vatlayer6')}`,
      `VATLAYER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
