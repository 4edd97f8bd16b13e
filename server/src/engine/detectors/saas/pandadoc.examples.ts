/** Examples of the pandadoc detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pandadoc.api-key': {
    positive: [
      `PANDADOC_API_KEY=«${fake(B62, 40, 'pandad1')}»`,
      `pandadoc_api_key: «${fake(B62, 40, 'pandad2')}»`,
      `const pandadocApiKey = '«${fake(B62, 40, 'pandad3')}»';`,
    ],
    negative: [
      `PANDADOC_API_KEY=${fake(B62, 36, 'short')}`,
      'PANDADOC_API_KEY=your_pandadoc_api_key',
      `API_KEY=${fake(B62, 40, 'pandadn')}`,
      'PANDADOC_API_KEY=${PANDADOC_API_KEY}',
    ],
  },
};
