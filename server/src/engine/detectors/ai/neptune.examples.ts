/** Examples of the Neptune.ai detectors (test data: never imported by the runtime). */
import { fakeUuid, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'neptune.api-token': {
    positive: [
      `NEPTUNE_API_TOKEN=«${Buffer.from(JSON.stringify({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai', api_key: fakeUuid('nep') })).toString('base64')}»`,
    ],
    negative: [
      `NEPTUNE_API_TOKEN=${Buffer.from(JSON.stringify({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai' })).toString('base64')}`,
    ],
  },
};
