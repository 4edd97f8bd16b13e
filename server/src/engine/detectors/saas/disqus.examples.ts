/** Examples of the Disqus detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'disqus.api-secret': {
    positive: [
      `DISQUS_API_SECRET=«${fakeMixed(B62, 64, 'disq0a')}»`,
      `{ "disqus_api_secret": "«${fakeMixed(B62, 64, 'disq0b')}»" }`,
      `const disqusApiSecret = '«${fakeMixed(B62, 64, 'disq0d')}»';`,
    ],
    negative: [
      `DISQUS_API_SECRET=${fake(B62, 60, 'disq0c')}`,
      `DISQUS_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `DISQUS_API_SECRET=${'$'}{DISQUS_API_SECRET}`,
      `DISQUS_ACCOUNT_ID=${fakeMixed(B62, 64, 'disq0e')}`,
      `DISQUS_PUBLIC_KEY=${fakeMixed(B62, 64, 'dqpk')}`,
    ],
  },
};
