/** Examples of the Shopify detectors (test data: never imported by the runtime). */
import { fake, HEX, type DetectorExamples, type ExampleTable } from '../kit/examples.js';

function token(prefix: string): DetectorExamples {
  return {
    positive: [
      `SHOPIFY_TOKEN=«${prefix}${fake(HEX, 32, `${prefix}1`)}»`,
      `headers = {"X-Shopify-Access-Token": "«${prefix}${fake(HEX, 32, `${prefix}2`)}»"}`,
    ],
    negative: [`SHOPIFY_TOKEN=${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, `SHOPIFY_TOKEN=${prefix}<token>`],
  };
}

export const examples: ExampleTable = {
  'shopify.access-token': token('shpat_'),
  'shopify.custom-app-token': token('shpca_'),
  'shopify.private-app-token': token('shppa_'),
  'shopify.app-secret': token('shpss_'),
};
