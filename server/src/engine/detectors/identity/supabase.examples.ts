/** Examples of the supabase detectors (test data: never imported by the runtime). */
import { alphabet, B64URL, type ExampleTable, fake, fakeJwt, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'supabase.secret-key': {
    positive: [`SUPABASE_SECRET_KEY=«sb_secret_${fake(B64URL, 40, 'sbs')}»`],
    negative: [`SUPABASE_PUBLISHABLE_KEY=sb_publishable_${fake(B64URL, 40, 'sbp')}`, 'SUPABASE_SECRET_KEY=sb_secret_...'],
  },
  'supabase.service-role-key': {
    positive: [
      `const SUPABASE_SERVICE_ROLE_KEY =\n  '«${fakeJwt({ iss: 'supabase', ref: fake(alphabet('a-z'), 20, 'ref'), role: 'service_role', iat: 1702908028, exp: 2018268028 }, 'srk')}»';`,
      `SUPABASE_KEY=«${fakeJwt({ role: 'service_role', iss: 'supabase', iat: 1702908028, exp: 2018268028 }, 'srk2')}»`,
    ],
    negative: [
      `SUPABASE_ANON_KEY=${fakeJwt({ iss: 'supabase', ref: fake(alphabet('a-z'), 20, 'ref'), role: 'anon', iat: 1702908028, exp: 2018268028 }, 'anon')}`,
    ],
  },
  'supabase.access-token': {
    positive: [`SUPABASE_ACCESS_TOKEN: «sbp_${fake(HEX, 40, 'sbp')}»`],
    negative: ['SUPABASE_ACCESS_TOKEN=sbp_...'],
  },
};
