/** Examples of the ipinfo detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ipinfo.token': {
    positive: [`IPINFO_TOKEN=«${fake(HEX, 14, 'ipi')}»`, `curl "https://ipinfo.io/8.8.8.8/json?token=«${fake(HEX, 14, 'ipi2')}»"`],
    negative: ['IPINFO_TOKEN=<token>', `IPINFO_TOKEN=${fake(HEX, 32, 'long')}`],
  },
};
