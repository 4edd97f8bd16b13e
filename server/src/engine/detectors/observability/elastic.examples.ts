/** Examples of the elastic detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'elastic.api-key': {
    positive: [
      `curl -H "Authorization: ApiKey «${Buffer.from(`${fake(B64URL, 20, 'es-id')}:${fake(B64URL, 22, 'es-key')}`).toString('base64')}»" https://es.example.com:9200/_search`,
    ],
    negative: [
      'Authorization: ApiKey ${ES_API_KEY}',
      `Authorization: ApiKey ${Buffer.from('just some text that is long enough').toString('base64')}`,
    ],
  },
  'elastic.cloud-api-key': {
    positive: [`EC_API_KEY=«essu_${Buffer.from(fake(B62, 60, 'essu')).toString('base64')}»`],
    negative: ['EC_API_KEY=essu_...'],
  },
};
