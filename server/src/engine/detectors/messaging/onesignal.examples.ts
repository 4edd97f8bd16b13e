/** Examples of the OneSignal detectors (test data: never imported by the runtime). */
import { B62, fake, fakeUuid, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'onesignal.rest-api-key': {
    positive: [
      `ONESIGNAL_REST_API_KEY=«os_v2_app_${fake(LOWER_DIGITS, 113, 'os1')}»`,
      `headers: { Authorization: 'Key «os_v2_org_${fake(LOWER_DIGITS, 113, 'os2')}»' }`,
    ],
    negative: ['ONESIGNAL_REST_API_KEY=os_v2_app_...', `ONESIGNAL_APP_ID=${fakeUuid('os3')}`],
  },
  'onesignal.legacy-rest-api-key': {
    positive: [`ONESIGNAL_REST_API_KEY=«${fake(B62, 48, 'ol1')}»`],
    negative: [`ONESIGNAL_APP_ID=${fakeUuid('ol2')}`, 'ONESIGNAL_REST_API_KEY=<rest-api-key>'],
  },
};
