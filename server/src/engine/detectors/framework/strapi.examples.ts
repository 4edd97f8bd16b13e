/** Examples of the Strapi detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'strapi.app-keys': {
    positive: [`HOST=0.0.0.0\nAPP_KEYS=«${[1, 2, 3, 4].map((i) => Buffer.from(fake(B62, 16, `sa${i}`)).toString('base64')).join(',')}»`],
    negative: ['APP_KEYS="toBeModified1,toBeModified2"', 'APP_KEYS=${APP_KEYS}'],
  },
  'strapi.token-salt': {
    positive: [`API_TOKEN_SALT=«${Buffer.from(fake(B62, 16, 'st1')).toString('base64')}»`],
    negative: ['API_TOKEN_SALT=tobemodified', 'TRANSFER_TOKEN_SALT=${TRANSFER_TOKEN_SALT}'],
  },
};
