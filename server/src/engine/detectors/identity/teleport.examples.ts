/** Examples of the teleport detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'teleport.join-token': {
    positive: [
      `teleport:\n  join_params:\n    method: token\n    token_name: «${fake(HEX, 32, 'tp1')}»`,
      `TELEPORT_JOIN_TOKEN=«${fake(HEX, 32, 'tp2')}»`,
    ],
    negative: ['teleport:\n  join_params:\n    token_name: /var/lib/teleport/token'],
  },
};
