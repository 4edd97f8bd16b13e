/** Examples of the JFrog detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, fakeJwt, LOWER_DIGITS, toBase64, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'jfrog.api-key': {
    positive: [
      `ARTIFACTORY_API_KEY=«AKCp${fake(B62, 69, 'jf1')}»`,
      `curl -H "X-JFrog-Art-Api: «AKCp${fake(B62, 69, 'jf2')}»" https://acme.jfrog.io/artifactory/api/repositories`,
    ],
    negative: [`ARTIFACTORY_API_KEY=AKCp${fake(B62, 30, 'short')}`],
  },
  'jfrog.reference-token': {
    positive: [
      `JFROG_ACCESS_TOKEN=«${toBase64(`reftkn:01:1893456000:${fake(B62, 27, 'ref1')}`).replace(/=+$/, '')}»`,
      `password = "«${toBase64(`reftkn:01:0000000000:${fake(B62, 27, 'ref2')}`).replace(/=+$/, '')}»"`,
    ],
    negative: [`JFROG_ACCESS_TOKEN=${toBase64(`reftknXX${fake(B62, 40, 'bad')}`).replace(/=+$/, '')}`],
  },
  'jfrog.access-token': {
    positive: [
      `ARTIFACTORY_ACCESS_TOKEN=«${fakeJwt({ ver: '2', sub: `jfac@${fake(LOWER_DIGITS, 26, 'jfac')}/users/ci`, scp: 'applied-permissions/user', aud: '*@*', iss: `jfac@${fake(LOWER_DIGITS, 26, 'jfac')}`, exp: 1893456000, iat: 1700000000 }, 'jf', { alg: 'RS256', typ: 'JWT', kid: fake(B64URL, 43, 'kid') })}»`,
    ],
    negative: [`ID_TOKEN=${fakeJwt({ sub: 'user-123', iss: 'https://accounts.example.com' }, 'other')}`],
  },
};
