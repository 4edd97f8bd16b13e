/** Examples of the SparkPost detectors (test data: never imported by the runtime). */
import { HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sparkpost.api-key': {
    positive: [`SPARKPOST_API_KEY=«${fake(HEX, 40, 'sp1')}»`, `{"sparkpost": {"sparkpostApiKey": "«${fake(HEX, 40, 'sp2')}»"}}`],
    negative: [`sparkpost_template_commit = "${'0'.repeat(40)}"`, 'SPARKPOST_API_KEY=<api-key>'],
  },
};
