/** Examples of the Sidekiq detectors (test data: never imported by the runtime). */
import { HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sidekiq.enterprise-credentials': {
    positive: [
      `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${fake(HEX, 8, 'sq1')}:«${fake(HEX, 8, 'sq2')}»`,
      `source "https://${fake(HEX, 8, 'sq3')}:«${fake(HEX, 8, 'sq4')}»@enterprise.contribsys.com/" do`,
    ],
    negative: ['BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${SIDEKIQ_CREDS}', 'source "https://enterprise.contribsys.com/" do'],
  },
};
