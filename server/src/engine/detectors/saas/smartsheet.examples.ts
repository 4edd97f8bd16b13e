/** Examples of the smartsheet detectors (test data: never imported by the runtime). */
import { alphabet, B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'smartsheet.access-token': {
    positive: [`SMARTSHEET_ACCESS_TOKEN=«${fake(B62, 37, 'ss')}»`, `smartsheet_token: «${fake(B62, 26, 'ss2')}»`],
    negative: [`SMARTSHEET_SHEET_ID=${fake(alphabet('0-9'), 16, 'sheet')}`, 'SMARTSHEET_ACCESS_TOKEN=<token>'],
  },
};
