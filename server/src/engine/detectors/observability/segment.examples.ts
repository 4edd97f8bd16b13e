/** Examples of the segment detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'segment.write-key': {
    positive: [`SEGMENT_API_KEY=«${fake(B62, 32, 'seg')}»`],
    negative: ['SEGMENT_API_KEY=${SEGMENT_API_KEY}', 'analytics.load("YOUR_WRITE_KEY")', 'SEGMENT_WORKSPACE=ferrowind'],
  },
  'segment.public-api-token': {
    positive: [
      `SEGMENT_PUBLIC_API_TOKEN=«sgp_${fake(B62, 64, 'seg')}»`,
      `curl https://api.segmentapis.com/workspaces -H "Authorization: Bearer «sgp_${fake(B62, 64, 'seg2')}»"`,
    ],
    negative: [
      `SRC_ACCESS_TOKEN=sgp_${fake(HEX, 16, 'sg')}_${fake(HEX, 40, 'sg2')}`,
      `SRC_ACCESS_TOKEN=sgp_local_${fake(HEX, 40, 'sgl')}`,
      'SEGMENT_TOKEN=sgp_...',
    ],
  },
  'segment.config-api-token': {
    positive: [`SEGMENT_CONFIG_API_TOKEN=«${fake(B64URL, 43, 'sgc')}.${fake(B64URL, 43, 'sgc2')}»`],
    negative: [`SEGMENT_WRITE_KEY=${fake(B62, 32, 'wk')}`],
  },
};
