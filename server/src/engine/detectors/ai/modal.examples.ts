/** Examples of the Modal detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'modal.token-secret': {
    positive: [`MODAL_API_KEY=«as-${fake(B62, 22, 'modal')}»`, `token_secret = "«as-${fake(B62, 22, 'modal2')}»"`],
    negative: ['MODAL_API_KEY=${MODAL_API_KEY}', `MODAL_TOKEN_ID=ak-${fake(B62, 22, 'modal-id')}`],
  },
};
