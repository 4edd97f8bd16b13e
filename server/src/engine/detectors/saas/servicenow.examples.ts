/** Examples of the servicenow detectors (test data: never imported by the runtime). */
import { alphabet, B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'servicenow.credential': {
    positive: [
      `SERVICENOW_PASSWORD=«${fake(alphabet('A-Za-z0-9!#%*'), 18, 'snow')}»`,
      `servicenow_client_secret: «${fake(B64URL, 32, 'snow2')}»`,
    ],
    negative: [
      'SERVICENOW_PASSWORD=${SN_PASSWORD}',
      'SERVICENOW_PASSWORD=changeme',
      'servicenow_password: <password>',
      'const servicenowPassword = process.env.SERVICENOW_PASSWORD;',
      'servicenow_password = os.getenv("SN_PASSWORD")',
    ],
  },
};
