/** Examples of the .netrc detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'netrc.credentials': {
    positive: [
      { text: `machine api.acme.io\n  login deploy\n  password «${fake(B62, 24, 'nr1')}»\n`, path: 'home/ci/.netrc' },
      `RUN echo "machine git.acme.io login build password «${fake(B62, 24, 'nr2')}»" > /root/.netrc`,
    ],
    negative: [
      'machine example.com login user password password',
      'default login anonymous password user@site',
      'machine git.acme.io login build password ${GIT_TOKEN}',
      'the machine learning password reset flow',
    ],
  },
};
