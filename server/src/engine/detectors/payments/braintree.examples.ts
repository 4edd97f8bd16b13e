/** Examples of the braintree detectors (test data: never imported by the runtime). */
import { fake, HEX, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'braintree.access-token': {
    positive: [
      `BRAINTREE_ACCESS_TOKEN=«access_token$production$${fake(LOWER_DIGITS, 16, 'bt1')}$${fake(HEX, 32, 'bt2')}»`,
      `gateway = braintree.BraintreeGateway(access_token="«access_token$sandbox$${fake(LOWER_DIGITS, 16, 'bt3')}$${fake(HEX, 32, 'bt4')}»")`,
    ],
    negative: ['BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant>$<token>', 'access_token$production$ is the prefix'],
  },
  'braintree.private-key': {
    positive: [
      `BRAINTREE_MERCHANT_ID=${fake(LOWER_DIGITS, 16, 'bp1')}\nBRAINTREE_PUBLIC_KEY=${fake(LOWER_DIGITS, 16, 'bp2')}\nBRAINTREE_PRIVATE_KEY=«${fake(HEX, 32, 'bp3')}»`,
    ],
    negative: [`BRAINTREE_PUBLIC_KEY=${fake(LOWER_DIGITS, 16, 'bp4')}`, 'BRAINTREE_PRIVATE_KEY=your_private_key'],
  },
};
