/** Examples of the .git-credentials detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'git.credentials': {
    positive: [
      {
        text: `https://build-bot:«${fake(B62, 32, 'gc1')}»@git.acme.io\nhttps://ops:«${fake(B62, 20, 'gc2')}»@bitbucket.org`,
        path: 'home/dev/.git-credentials',
      },
    ],
    negative: [
      { text: 'https://user:password@github.com', path: '.git-credentials' },
      { text: `https://build-bot:${fake(B62, 32, 'gc3')}@git.acme.io`, path: 'notes/remotes.txt' },
    ],
  },
};
