/** Examples of the authorizenet detectors (test data: never imported by the runtime). */
import { B62, fake, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'authorizenet.transaction-key': {
    positive: [
      `AUTHORIZENET_API_LOGIN_ID=${fake(B62, 10, 'an1')}\nAUTHORIZENET_TRANSACTION_KEY=«${fake(B62, 16, 'an2')}»`,
      `<transactionKey>«${fake(B62, 16, 'an3')}»</transactionKey>`,
    ],
    negative: ['AUTHORIZENET_TRANSACTION_KEY=<transaction-key>', `transaction_key_prefix = "${fake(LOWER_DIGITS, 4, 'an4')}"`],
  },
};
