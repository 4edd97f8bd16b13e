/** Examples of the npm detectors (test data: never imported by the runtime). */
import { B62, B64URL, base62Crc32Tail, fake, fakeBasicAuth, fakeUuid, toBase64, type ExampleTable } from '../kit/examples.js';

function fakeNpmToken(salt = ''): string {
  const entropy = fake(B62, 30, `npm${salt}`);
  return `npm_${entropy}${base62Crc32Tail(entropy)}`;
}

const badNpmToken = (() => {
  const good = fakeNpmToken('1');
  return `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
})();

export const examples: ExampleTable = {
  'npm.access-token': {
    positive: [
      `//registry.npmjs.org/:_authToken=«${fakeNpmToken('1')}»`,
      `npmAuthToken: "«${fakeNpmToken('2')}»"`,
      `NPM_TOKEN=«${fakeNpmToken('3')}»`,
    ],
    negative: [`NPM_TOKEN=${badNpmToken}`, 'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'npm.legacy-token': {
    positive: [`NPM_TOKEN=«${fakeUuid('npm1')}»`, `env:\n  NODE_AUTH_TOKEN: «${fakeUuid('npm2')}»`],
    negative: [
      `NPM_PACKAGE_ID=${fakeUuid('id')}`,
      'NPM_TOKEN=00000000-0000-0000-0000-000000000000',
      'NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
    ],
  },
  'npm.npmrc-auth-token': {
    positive: [
      `//registry.npmjs.org/:_authToken=«${fakeUuid('npmrc')}»`,
      `//npm.pkg.example.com/repository/npm/:_authToken=«NpmToken.${fakeUuid('nexus')}»`,
      `npmRegistries:\n  "https://npm.example.com":\n    npmAuthToken: "«${fake(B64URL, 48, 'yarn')}»"`,
    ],
    negative: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      '//registry.npmjs.org/:_authToken=<your-token>',
      `_authToken=${fake(B62, 8, 'short')}`,
    ],
  },
  'npm.npmrc-auth': {
    positive: [
      `//npm.example.com/:_auth=«${fakeBasicAuth('ci-publisher', 'npm1')}»`,
      `_auth = "«${fakeBasicAuth('jdoe', 'npm2')}»"`,
      `npmAuthIdent: "«${fakeBasicAuth('deploy', 'npm3')}»"`,
    ],
    negative: ['_auth=${NPM_AUTH}', `_auth=${toBase64('no-colon-in-here')}`, `_auth=${toBase64('user:<password>')}`],
  },
  'npm.npmrc-password': {
    positive: [`//npm.example.com/:username=ci\n//npm.example.com/:_password=«${toBase64(fake(B62, 20, 'npmpw'))}»`],
    negative: ['//npm.example.com/:_password=${NPM_PASSWORD_B64}', `DB_PASSWORD=${toBase64(fake(B62, 20, 'db'))}`],
  },
};
