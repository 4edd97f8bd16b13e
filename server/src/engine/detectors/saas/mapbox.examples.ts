/** Examples of the mapbox detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake, LOWER_DIGITS, toBase64Url } from '../kit/examples.js';

export const examples: ExampleTable = {
  'mapbox.secret-token': {
    positive: [
      `MAPBOX_SECRET_TOKEN=«sk.${toBase64Url(JSON.stringify({ u: 'ferro', a: fake(LOWER_DIGITS, 25, 'mbx-a') }))}.${fake(B64URL, 22, 'mbx')}»`,
      `export MAPBOX_DOWNLOADS_TOKEN="«sk.${toBase64Url(JSON.stringify({ u: 'acme-maps', a: fake(LOWER_DIGITS, 25, 'mbx-b') }))}.${fake(B64URL, 22, 'mbx2')}»"`,
    ],
    negative: [
      `mapboxgl.accessToken = "pk.${toBase64Url(JSON.stringify({ u: 'ferro', a: fake(LOWER_DIGITS, 25, 'mbx-p') }))}.${fake(B64URL, 22, 'mbxp')}";`,
      'MAPBOX_SECRET_TOKEN=sk.eyJ1Ijoi<your-user>',
    ],
  },
};
