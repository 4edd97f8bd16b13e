/** Examples of the URL credential detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'url.basic-auth': {
    positive: [
      `pip install --index-url https://deploy:«${fake(B62, 20, 'ub1')}»@pypi.acme.io/simple/ internal-lib`,
      `http_proxy=http://proxyuser:«${fake(B62, 14, 'ub2')}»@proxy.corp.acme.io:3128`,
      `git remote add origin https://build-bot:«${fake(B62, 24, 'ub3')}»@git.acme.io/platform/infra.git`,
    ],
    negative: [
      'https://user:pass@example.com/',
      'https://username:password@git.acme.io/repo.git',
      'https://deploy@git.acme.io/repo.git',
      'https://deploy:@git.acme.io/repo.git',
      'https://oauth2:${CI_JOB_TOKEN}@gitlab.com/group/repo.git',
      'http://localhost:8080/path',
      'http://admin:admin@localhost:8080/',
      `https://www.google.com/maps/@51.5,-0.12,15z`,
    ],
  },
};
