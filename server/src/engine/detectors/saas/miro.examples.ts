/** Examples of the miro detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake, toBase64Url } from '../kit/examples.js';

export const examples: ExampleTable = {
  'miro.access-token': {
    positive: [`MIRO_ACCESS_TOKEN=«${toBase64Url('{"miro.origin":"eu01"}')}_${fake(B64URL, 27, 'miro')}»`],
    negative: [`origin = "${toBase64Url('{"miro.origin":"eu01"}')}"`],
  },
};
