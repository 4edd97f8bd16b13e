/** Examples of the woocommerce detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'woocommerce.consumer-secret': {
    positive: [
      `WC_CONSUMER_KEY=ck_${fake(HEX, 40, 'wc1')}\nWC_CONSUMER_SECRET=«cs_${fake(HEX, 40, 'wc2')}»`,
      `curl https://shop.example.com/wp-json/wc/v3/orders -u ck_${fake(HEX, 40, 'wc3')}:«cs_${fake(HEX, 40, 'wc4')}»`,
    ],
    negative: [`WC_CONSUMER_KEY=ck_${fake(HEX, 40, 'wc5')}`, 'WC_CONSUMER_SECRET=cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
