/** Examples of the mapquest detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mapquest.api-key': {
    positive: [
      `MAPQUEST_API_KEY=«${fake(B62, 32, 'mapque1')}»`,
      `mapquest_api_key: «${fake(B62, 32, 'mapque2')}»`,
      `const mapquestApiKey = '«${fake(B62, 32, 'mapque3')}»';`,
    ],
    negative: [
      `MAPQUEST_API_KEY=${fake(B62, 28, 'short')}`,
      'MAPQUEST_API_KEY=your_mapquest_api_key',
      `API_KEY=${fake(B62, 32, 'mapquen')}`,
      'MAPQUEST_API_KEY=${MAPQUEST_API_KEY}',
    ],
  },
};
