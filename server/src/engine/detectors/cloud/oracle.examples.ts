/** Examples of the Oracle Cloud (OCI) detectors (test data: never imported by the runtime). */
import { B62, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'oracle.oci-auth-token': {
    positive: [
      `OCI_AUTH_TOKEN='«${fakeMixed(B62, 16, 'oci')}(;]x»'`,
      `docker login fra.ocir.io -u tenancy/oracleidentitycloudservice/ops@example.com -p '«${fakeMixed(B62, 17, 'oci2')}:+[»'`,
    ],
    negative: ['OCI_AUTH_TOKEN=${OCI_TOKEN}', 'ocir_password: "<auth-token-goes-here>"'],
  },
};
