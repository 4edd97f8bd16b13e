/** Examples of the Prefect Cloud detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'prefect.api-key': {
    positive: [`PREFECT_API_KEY=«pnu_${fake(B62, 36, 'pf1')}»`, `prefect cloud login --key «pnb_${fake(B62, 36, 'pf2')}»`],
    negative: [`PREFECT_API_KEY=pnu_${fake(B62, 12, 'short')}`, 'PREFECT_API_KEY=pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
