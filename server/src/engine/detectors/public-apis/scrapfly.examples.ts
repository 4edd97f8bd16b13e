/** Examples of the scrapfly detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'scrapfly.api-key': {
    positive: [
      `SCRAPFLY_KEY=«scp-live-${fake(LOWER_DIGITS, 32, 'sf1')}»`,
      `client = ScrapflyClient(key="«scp-test-${fake(LOWER_DIGITS, 32, 'sf2')}»")`,
    ],
    negative: [
      `SCRAPFLY_KEY=scp-live-${'x'.repeat(32)}`,
      `SCRAPFLY_KEY=scp-live-${fake(LOWER_DIGITS, 20, 'short')}`,
      'scp-live-__API_KEY__',
    ],
  },
};
