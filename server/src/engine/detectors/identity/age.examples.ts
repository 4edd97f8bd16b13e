/** Examples of the age detectors (test data: never imported by the runtime). */
import { alphabet, bech32Encode, type ExampleTable, fake, fakeBytes } from '../kit/examples.js';

const AGE_HRP = 'age-secret-key-';
const ageKey = (salt: string) => bech32Encode(AGE_HRP, fakeBytes(32, salt));

export const examples: ExampleTable = {
  'age.secret-key': {
    positive: [
      `# created: 2024-05-01T10:00:00Z\n# public key: age1${fake(alphabet('a-z0-9'), 58, 'age-pub')}\n«${ageKey('age1')}»`,
      `SOPS_AGE_KEY=«${ageKey('age2')}»`,
    ],
    negative: [
      `${ageKey('age3').slice(0, -1)}${ageKey('age3').endsWith('Q') ? 'P' : 'Q'}`,
      `# public key: age1${fake(alphabet('a-z0-9'), 58, 'age-pub2')}`,
    ],
  },
};
