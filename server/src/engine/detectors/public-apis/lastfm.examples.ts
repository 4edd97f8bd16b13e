/** Examples of the lastfm detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'lastfm.api-key': {
    positive: [`LASTFM_API_KEY=«${fake(HEX, 32, 'lfm')}»`, `LAST_FM_SHARED_SECRET: «${fake(HEX, 32, 'lfm2')}»`],
    negative: ['LASTFM_API_KEY=${LASTFM_KEY}', `LASTFM_USERNAME=${fake(HEX, 32, 'u')}`],
  },
};
