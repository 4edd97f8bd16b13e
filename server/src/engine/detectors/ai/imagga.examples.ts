/** Examples of the imagga detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'imagga.api-secret': {
    positive: [
      `IMAGGA_API_SECRET=«${fake(HEX, 32, 'imagga1')}»`,
      `imagga_api_secret: «${fake(HEX, 32, 'imagga2')}»`,
      `const imaggaApiSecret = '«${fake(HEX, 32, 'imagga3')}»';`,
    ],
    negative: [
      `IMAGGA_API_SECRET=${fake(HEX, 30, 'short')}`,
      'IMAGGA_API_SECRET=your_imagga_api_key',
      `API_KEY=${fake(HEX, 32, 'imaggan')}`,
      `IMAGGA_API_KEY=acc_${fake(HEX, 15, 'imagga-id')}`,
    ],
  },
};
