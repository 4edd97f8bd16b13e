/** Examples of the spotify detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'spotify.client-secret': {
    positive: [`SPOTIFY_CLIENT_SECRET=«${fake(HEX, 32, 'sp')}»`, `spotifyClientSecret: '«${fake(HEX, 32, 'sp2')}»',`],
    negative: [`SPOTIFY_CLIENT_ID=${fake(HEX, 32, 'spid')}`, 'SPOTIFY_CLIENT_SECRET=<client-secret>'],
  },
};
