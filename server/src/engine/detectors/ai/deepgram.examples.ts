/** Examples of the Deepgram detectors (test data: never imported by the runtime). */
import { fake, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'deepgram.api-key': {
    positive: [`DEEPGRAM_API_KEY=«${fake(HEX, 40, 'dg')}»`, `deepgram_key: "«${fake(HEX, 40, 'dg2')}»"`],
    negative: ['DEEPGRAM_API_KEY=${DEEPGRAM_API_KEY}', `DEEPGRAM_PROJECT_ID=${fakeUuid('proj')}`],
  },
};
