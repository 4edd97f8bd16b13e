/** Examples of the Phoenix detectors (test data: never imported by the runtime). */
import { HEX, alphabet, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'phoenix.secret-key-base': {
    positive: [
      `config :shop, ShopWeb.Endpoint,\n  secret_key_base: "«${fake(alphabet('A-Za-z0-9+/'), 64, 'px1')}»"`,
      `SECRET_KEY_BASE=«${fake(alphabet('A-Za-z0-9+/'), 64, 'px2')}»`,
    ],
    negative: ['  secret_key_base: System.get_env("SECRET_KEY_BASE")', `secret_key_base: "${fake(HEX, 64, 'px3')}"`],
  },
};
