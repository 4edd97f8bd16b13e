/** Examples of the polygon detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'polygon.api-key': {
    positive: [
      `POLYGON_API_KEY=«${fake(B62, 32, 'polygo1')}»`,
      `polygon_api_key: «${fake(B62, 32, 'polygo2')}»`,
      `const polygonApiKey = '«${fake(B62, 32, 'polygo3')}»';`,
    ],
    negative: [
      `POLYGON_API_KEY=${fake(B62, 28, 'short')}`,
      'POLYGON_API_KEY=your_polygon_api_key',
      `API_KEY=${fake(B62, 32, 'polygon')}`,
      'POLYGON_API_KEY=${POLYGON_API_KEY}',
    ],
  },
};
