/** Examples of the Nextauth detectors (test data: never imported by the runtime). */
import { B62, HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nextauth.secret': {
    positive: [
      `NEXTAUTH_URL=https://app.acme.io\nNEXTAUTH_SECRET=«${Buffer.from(fake(B62, 32, 'na1')).toString('base64')}»`,
      `AUTH_SECRET="«${Buffer.from(fake(B62, 32, 'na2')).toString('base64')}»"`,
    ],
    negative: ['NEXTAUTH_SECRET=${NEXTAUTH_SECRET}', `GITHUB_AUTH_SECRET=${fake(HEX, 40, 'gh')}`, 'AUTH_SECRET=changeme'],
  },
};
