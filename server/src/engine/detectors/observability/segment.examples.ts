/** Examples of the segment detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'segment.write-key': {
    positive: [`SEGMENT_API_KEY=«${fake(B62, 32, 'seg')}»`],
    negative: ['SEGMENT_API_KEY=${SEGMENT_API_KEY}', 'analytics.load("YOUR_WRITE_KEY")', 'SEGMENT_WORKSPACE=ferrowind'],
  },
};
