/** Examples of the command-line password flag detectors (test data: never imported by the runtime). */
import { B62, HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'cli.password-flag': {
    positive: [
      `wget --user=backup --password=«${fake(B62, 16, 'cp1')}» https://files.acme.io/db.tar.gz`,
      `helm repo add internal https://charts.acme.io --username ci --password «${fake(B62, 20, 'cp2')}»`,
      `az login --service-principal -u ${fake(HEX, 8, 'app')} --password "«${fake(B62, 34, 'cp3')}»" --tenant acme.onmicrosoft.com`,
    ],
    negative: [
      'docker login --username ci --password-stdin < token.txt',
      'helm repo add internal https://charts.acme.io --password "$HELM_PASSWORD"',
      'Pass the --password option to override.',
      'wget --password=<password> https://files.acme.io',
    ],
  },
};
