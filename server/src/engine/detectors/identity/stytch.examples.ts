/** Examples of the stytch detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'stytch.secret': {
    positive: [`STYTCH_SECRET=«secret-live-${fake(B64URL, 36, 'stytch')}»`],
    negative: [`STYTCH_PUBLIC_TOKEN=public-token-live-${fakeUuid('stytch-pub')}`, 'STYTCH_SECRET=secret-live-...'],
  },
};
