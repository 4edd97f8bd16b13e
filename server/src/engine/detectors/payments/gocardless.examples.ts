/** Examples of the gocardless detectors (test data: never imported by the runtime). */
import { B64URL, fake, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'gocardless.access-token': {
    positive: [
      `GOCARDLESS_ACCESS_TOKEN=«live_${fake(B64URL, 40, 'gc1')}»`,
      `import gocardless_pro\nclient = gocardless_pro.Client(access_token="«sandbox_${fake(B64URL, 40, 'gc2')}»", environment="sandbox")`,
    ],
    negative: ['GOCARDLESS_ACCESS_TOKEN=live_<token>', `# gocardless\nADYEN_CLIENT_KEY=live_${fake(UPPER_DIGITS, 32, 'gc3')}`],
  },
};
