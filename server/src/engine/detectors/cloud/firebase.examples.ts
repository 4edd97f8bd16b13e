/** Examples of the Firebase detectors (test data: never imported by the runtime). */
import { B64, B64URL, fake, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'firebase.fcm-server-key': {
    positive: [
      `FCM_SERVER_KEY=«AAAA${fakeMixed(B64URL, 7, 'fcm1')}:APA91b${fakeMixed(B64URL, 134, 'fcm2')}»`,
      `headers: { Authorization: "key=«AAAA${fakeMixed(B64URL, 7, 'fcm3')}:APA91b${fakeMixed(B64URL, 134, 'fcm4')}»" }`,
    ],
    negative: [`FCM_SERVER_KEY=AAAA${'x'.repeat(7)}:${'x'.repeat(140)}`, `ssh-rsa AAAAB3NzaC1yc2E${fake(B64, 200, 'ssh')}`],
  },
};
