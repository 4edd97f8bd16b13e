/** Examples of the canva detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'canva.client-secret': {
    positive: [`CANVA_CLIENT_SECRET=«cnvca${fake(B64URL, 48, 'canva')}»`],
    negative: [`CANVAS_SECRET=${fake(B64URL, 40, 'canvas')}`, `CANVA_CLIENT_ID=OC-${fake(B62, 12, 'cid')}`],
  },
};
