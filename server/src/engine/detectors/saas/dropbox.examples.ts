/** Examples of the dropbox detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'dropbox.access-token': {
    positive: [`DROPBOX_ACCESS_TOKEN=«sl.B${fake(B64URL, 140, 'dbx')}»`, `dbx = dropbox.Dropbox("«sl.u.${fake(B64URL, 300, 'dbx2')}»")`],
    negative: ['ssl.enabled=true', `token = "sl.${fake(B64URL, 40, 'short')}"`],
  },
};
