/** Examples of the Together AI detectors (test data: never imported by the runtime). */
import { B64URL, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'together.api-key': {
    positive: [`TOGETHER_API_KEY=«tgp_v1_${fake(B64URL, 43, 'tgp')}»`],
    negative: ['TOGETHER_API_KEY=tgp_v1_...'],
  },
  'together.legacy-api-key': {
    positive: [`TOGETHER_API_KEY=«${fake(HEX, 64, 'tg')}»`],
    negative: ['TOGETHER_API_KEY=${TOGETHER_API_KEY}', 'Together we build things.', `together_commit = "${fake(HEX, 40, 'sha')}"`],
  },
};
