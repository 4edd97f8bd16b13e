/** Examples of the Courier detectors (test data: never imported by the runtime). */
import { B62, fake, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'courier.api-key': {
    positive: [
      `COURIER_AUTH_TOKEN=«pk_prod_${fake(UPPER_DIGITS, 28, 'co1')}»`,
      `import { CourierClient } from "@trycourier/courier";\nconst courier = new CourierClient({ authorizationToken: "«pk_test_${fake(UPPER_DIGITS, 28, 'co2')}»" });`,
    ],
    negative: [`# courier\nSTRIPE_PUBLISHABLE_KEY=pk_live_${fake(B62, 24, 'co3')}`, 'COURIER_AUTH_TOKEN=pk_prod_<token>'],
  },
};
