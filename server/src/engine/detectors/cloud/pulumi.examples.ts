/** Examples of the Pulumi detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'pulumi.access-token': {
    positive: [`PULUMI_ACCESS_TOKEN=«pul-${fake(HEX, 40, 'pulumi')}»`],
    negative: [`pul-${'0'.repeat(40)}`, `pul-${fake(HEX, 20, 'short')}`],
  },
};
