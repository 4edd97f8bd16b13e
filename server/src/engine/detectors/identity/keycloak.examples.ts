/** Examples of the keycloak detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'keycloak.client-secret': {
    positive: [`KEYCLOAK_CLIENT_SECRET=«${fake(B62, 32, 'kc')}»`, `keycloak.credentials.secret=«${fake(B62, 32, 'kc2')}»`],
    negative: [
      'KEYCLOAK_CLIENT_SECRET=${KEYCLOAK_CLIENT_SECRET}',
      'KEYCLOAK_REALM=ferrowind',
      `KEYCLOAK_CLIENT_ID=${fake(B62, 32, 'kcid')}`,
    ],
  },
};
