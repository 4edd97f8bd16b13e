/** Examples of the Bitbucket detectors (test data: never imported by the runtime). */
import { B62, fake, HEX_ANY, type ExampleTable } from '../kit/examples.js';

/** `ATBB` + random part + 8 hex tail (the split is unverified; the tail is hex in every sample). */
function fakeAppPassword(salt: string): string {
  return `ATBB${fake(B62, 24, `atbb${salt}`)}${fake(HEX_ANY, 8, `atbb-tail${salt}`).toUpperCase()}`;
}

export const examples: ExampleTable = {
  'bitbucket.app-password': {
    positive: [
      `https://jdoe:«${fakeAppPassword('1')}»@bitbucket.org`,
      `BITBUCKET_APP_PASSWORD=«${fakeAppPassword('2')}»`,
      `bitbucket:\n  username: ci-bot\n  password: "«${fakeAppPassword('3')}»"`,
    ],
    negative: [
      'BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `BITBUCKET_APP_PASSWORD=ATBB${fake(B62, 12, 'short')}`,
      `ATBB${fake(B62, 24, 'nohex')}zzzzqqqq`,
    ],
  },
  'bitbucket.access-token': {
    positive: [
      `git clone https://x-token-auth:«ATCTT3xFfGN0${fake(B62, 170, 'bbat1')}=${fake(HEX_ANY, 8, 'bbat1t').toUpperCase()}»@bitbucket.org/acme/api.git`,
      `BITBUCKET_ACCESS_TOKEN=«ATCTT3xFfGN0${fake(B62, 170, 'bbat2')}»`,
    ],
    negative: [`BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0${fake(B62, 30, 'short')}`, `ADMIN_KEY=ATCTT3xFfGN0${fake(B62, 170, 'noctx')}`],
  },
  'bitbucket.oauth-client-secret': {
    positive: [
      `BITBUCKET_CLIENT_ID=${fake(B62, 18, 'bbkey')}\nBITBUCKET_CLIENT_SECRET=«${fake(B62, 32, 'bbsecret')}»`,
      `bitbucket_oauth_secret: "«${fake(B62, 32, 'bbsecret2')}»"`,
    ],
    negative: [
      `BITBUCKET_CLIENT_ID=${fake(B62, 18, 'bbkey')}`,
      'BITBUCKET_CLIENT_SECRET=your-bitbucket-client-secret-here',
      `BITBUCKET_CLIENT_SECRET=${'ab'.repeat(16)}`,
    ],
  },
  'bitbucket.password': {
    positive: [`BITBUCKET_APP_PASSWORD=«${fake(B62, 20, 'bbpw')}»`, `bitbucketPassword: '«${fake(B62, 24, 'bbpw2')}»'`],
    negative: [
      'BITBUCKET_PASSWORD=${BITBUCKET_PASSWORD}',
      `BITBUCKET_USER=${fake(B62, 20, 'user')}`,
      'BITBUCKET_PASSWORD=passwordpassword',
    ],
  },
};
