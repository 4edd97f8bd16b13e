/** Examples of the Klaviyo detectors (test data: never imported by the runtime). */
import { B62, HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'klaviyo.private-key': {
    positive: [
      `KLAVIYO_PRIVATE_API_KEY=«pk_${fake(HEX, 34, 'kl1')}»`,
      `import { ApiKeySession } from 'klaviyo-api';\nconst session = new ApiKeySession('«pk_${fake(B62, 34, 'kl2')}»');`,
    ],
    negative: [`# klaviyo\nKLAVIYO_PUBLIC_KEY=${fake(B62, 6, 'kl3')}`, `# klaviyo\nSTRIPE_KEY=pk_live_${fake(B62, 24, 'kl4')}`],
  },
};
