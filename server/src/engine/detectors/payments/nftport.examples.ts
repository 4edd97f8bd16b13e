/** Examples of the nftport detectors (test data: never imported by the runtime). */
import { type ExampleTable, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nftport.api-key': {
    positive: [
      `NFTPORT_API_KEY=«${fakeUuid('nftpor1')}»`,
      `nftport_api_key: «${fakeUuid('nftpor2')}»`,
      `const nftportApiKey = '«${fakeUuid('nftpor3')}»';`,
    ],
    negative: [
      `NFTPORT_API_KEY=${fakeUuid('short').slice(0, 30)}`,
      'NFTPORT_API_KEY=your_nftport_api_key',
      `API_KEY=${fakeUuid('nftporn')}`,
      'NFTPORT_API_KEY=${NFTPORT_API_KEY}',
    ],
  },
};
