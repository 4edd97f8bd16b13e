/** Examples of the linkedin detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, LOWER_DIGITS, toBase64 } from '../kit/examples.js';

export const examples: ExampleTable = {
  'linkedin.client-secret': {
    positive: [`LINKEDIN_CLIENT_SECRET=«${fake(B62, 16, 'li')}»`, `linkedin_secret: "«${fake(B62, 16, 'li2')}»"`],
    negative: [`LINKEDIN_CLIENT_ID=${fake(LOWER_DIGITS, 14, 'liid')}`, 'LINKEDIN_CLIENT_SECRET=${LINKEDIN_SECRET}'],
  },
  'linkedin.client-secret-wpl': {
    positive: [`LINKEDIN_CLIENT_SECRET=«WPL_AP1.${fake(B62, 16, 'wpl')}.${toBase64(fake(B62, 6, 'wpl2'))}»`],
    negative: ['secret = "WPL_AP1.<secret>"'],
  },
};
