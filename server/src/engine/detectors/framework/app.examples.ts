/** Examples of the App detectors (test data: never imported by the runtime). */
import { B62, B64, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'app.session-secret': {
    positive: [
      `SESSION_SECRET=«${fake(B62, 40, 'ss1')}»`,
      `services:\n  web:\n    environment:\n      COOKIE_SECRET: "«${fake(B64, 44, 'ss2')}»"`,
    ],
    negative: ['SESSION_SECRET=keyboard cat', 'SESSION_SECRET=${SESSION_SECRET}', 'SESSION_SECRET=changeme'],
  },
};
