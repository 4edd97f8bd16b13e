/** Examples of the Netlify detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, fakeMixed, fakeUuid, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'netlify.pat': {
    positive: [
      `NETLIFY_AUTH_TOKEN=«nfp_${fakeMixed(B62, 36, 'nfp')}»`,
      `[build.environment]\n  NETLIFY_AUTH_TOKEN = "«nfp_${fakeMixed(B62, 36, 'nfp2')}»"`,
    ],
    negative: [`nfp_${'x'.repeat(36)}`, `nfp_${fake(B62, 20, 'short')}`],
  },
  'netlify.pat-legacy': {
    positive: [`NETLIFY_AUTH_TOKEN=«${fakeMixed(B64URL, 43, 'netlify')}»`],
    negative: [`NETLIFY_SITE_ID=${fakeUuid('site')}`, `NETLIFY_AUTH_TOKEN=nfp_${fakeMixed(B62, 36, 'nfp3')}`],
  },
};
