/** Examples of the linear detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'linear.api-key': {
    positive: [`LINEAR_API_KEY=«lin_api_${fake(B62, 40, 'lin')}»`, `new LinearClient({ apiKey: '«lin_api_${fake(B62, 40, 'lin2')}»' })`],
    negative: ['LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `lin_api_${fake(B62, 20, 'short')}`],
  },
  'linear.oauth-token': {
    positive: [`Authorization: Bearer «lin_oauth_${fake(HEX, 64, 'lino')}»`],
    negative: ['token = "lin_oauth_<access-token>"', `lin_oauth_${fake(HEX, 16, 'short')}`],
  },
};
