/** Examples of the swiftype detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'swiftype.api-key': {
    positive: [
      `SWIFTYPE_API_KEY=«${fake(B62, 6, 'swiftype11')}_${fake(B62, 6, 'swiftype12')}-${fake(B62, 6, 'swiftype13')}»`,
      `credentials:\n  swiftype_token: "«${fake(B62, 6, 'swiftype21')}_${fake(B62, 6, 'swiftype22')}-${fake(B62, 6, 'swiftype23')}»"`,
      `const swiftypeSecret = '«${fake(B62, 6, 'swiftype31')}_${fake(B62, 6, 'swiftype32')}-${fake(B62, 6, 'swiftype33')}»';`,
    ],
    negative: [
      `SWIFTYPE_ACCOUNT_ID=${fake(B62, 6, 'swiftype41')}_${fake(B62, 6, 'swiftype42')}-${fake(B62, 6, 'swiftype43')}`,
      `SWIFTYPE_API_KEY=${fake(B62, 6, 'swiftype51')}_${fake(B62, 6, 'swiftype52')}-${fake(B62, 6, 'swiftype53')}${fake(B62, 6, 'tail')}`,
      `# Swiftype settings\nAPI_KEY=${fake(B62, 6, 'swiftype61')}_${fake(B62, 6, 'swiftype62')}-${fake(B62, 6, 'swiftype63')}`,
      'SWIFTYPE_API_KEY=${SWIFTYPE_API_KEY}',
    ],
  },
};
