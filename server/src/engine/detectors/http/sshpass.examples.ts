/** Examples of the sshpass detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'sshpass.password': {
    positive: [`sshpass -p '«${fake(B62, 14, 'sp1')}»' ssh -o StrictHostKeyChecking=no deploy@10.0.4.12 'systemctl restart app'`],
    negative: ['sshpass -p "$SSH_PASSWORD" ssh deploy@host', 'sshpass -e ssh deploy@host', 'sshpass -p password ssh user@host'],
  },
};
