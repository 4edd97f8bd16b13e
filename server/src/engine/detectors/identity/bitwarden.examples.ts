/** Examples of the bitwarden detectors (test data: never imported by the runtime). */
import { B62, B64, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'bitwarden.access-token': {
    positive: [`BWS_ACCESS_TOKEN=«0.${fakeUuid('bws')}.${fake(B62, 30, 'bws2')}:${fake(B64, 22, 'bws3')}==»`],
    negative: ['BWS_ACCESS_TOKEN=0.<token-id>.<secret>:<key>'],
  },
};
