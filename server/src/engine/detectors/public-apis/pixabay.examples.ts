/** Examples of the pixabay detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, fakeNumber, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pixabay.api-key': {
    positive: [
      `PIXABAY_API_KEY=«${`${fakeNumber(8, 'pixaba1')}-${fake(HEX, 25, 'pixaba1')}`}»`,
      `pixabay_api_key: «${`${fakeNumber(8, 'pixaba2')}-${fake(HEX, 25, 'pixaba2')}`}»`,
      `const pixabayApiKey = '«${`${fakeNumber(8, 'pixaba3')}-${fake(HEX, 25, 'pixaba3')}`}»';`,
    ],
    negative: [
      `PIXABAY_API_KEY=${`${fakeNumber(8, 'short')}-${fake(HEX, 20, 'short')}`}`,
      'PIXABAY_API_KEY=your_pixabay_api_key',
      `API_KEY=${`${fakeNumber(8, 'pixaban')}-${fake(HEX, 25, 'pixaban')}`}`,
      'PIXABAY_API_KEY=${PIXABAY_API_KEY}',
    ],
  },
};
