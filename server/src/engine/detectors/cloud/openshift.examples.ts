/** Examples of the OpenShift detectors (test data: never imported by the runtime). */
import { B64URL, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'openshift.user-token': {
    positive: [`oc login --token=«sha256~${fakeMixed(B64URL, 43, 'ocp')}» --server=https://api.ocp.example.com:6443`],
    negative: [`sha256~${'x'.repeat(43)}`, 'sha256:3f5a…'],
  },
};
