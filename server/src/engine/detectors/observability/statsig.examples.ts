/** Examples of the statsig detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'statsig.server-secret': {
    positive: [`STATSIG_SERVER_SECRET=«secret-${fake(B62, 43, 'statsig')}»`],
    negative: [`STATSIG_CLIENT_KEY=client-${fake(B62, 43, 'statsig-client')}`, 'kubectl create secret-generic'],
  },
};
