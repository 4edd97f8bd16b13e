/** Examples of the FTP detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'ftp.uri': {
    positive: [
      `DEPLOY_TARGET=sftp://deploy:«${pw('ft1')}»@files.acme-hosting.net:22/var/www`,
      `wget ftp://backup:«${pw('ft2')}»@203.0.113.40/dumps/latest.sql.gz`,
    ],
    negative: ['ftp://anonymous:guest@ftp.gnu.org/gnu/', 'sftp://deploy@files.acme-hosting.net/var/www'],
  },
};
