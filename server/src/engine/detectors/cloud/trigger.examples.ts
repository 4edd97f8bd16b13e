/** Examples of the trigger detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'trigger.secret-key': {
    positive: [
      `TRIGGER_SECRET_KEY=«tr_dev_${fake(B62, 20, 'trd')}»`,
      `configure({ secretKey: "«tr_prod_sk_${fake(B62, 32, 'trp')}»" });`,
      `env:\n  TRIGGER_SECRET_KEY: «tr_stg_${fake(B62, 24, 'trs')}»`,
    ],
    negative: [
      'TRIGGER_SECRET_KEY="tr_dev_…"',
      'configure({ secretKey: "tr_dev_1234" });',
      `TRIGGER_PUBLIC_KEY=pk_dev_${fake(B62, 20, 'pk')}`,
      'TRIGGER_SECRET_KEY=tr_prod_xxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'trigger.pat': {
    positive: [`TRIGGER_ACCESS_TOKEN=«tr_pat_${fake(B62, 40, 'trpat')}»`, `"token": "«tr_pat_${fake(B62, 40, 'trpat2')}»"`],
    negative: ['TRIGGER_ACCESS_TOKEN=tr_pat_...', `tr_pat_${fake(B62, 10, 'short')}`],
  },
};
