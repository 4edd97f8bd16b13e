/** Examples of the Yandex Cloud detectors (test data: never imported by the runtime). */
import { B64URL, fakeMixed, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'yandex.api-key': {
    positive: [`YC_API_KEY=«AQVN${fakeMixed(B64URL, 36, 'aqvn')}»`],
    negative: [`AQVN${'x'.repeat(36)}`],
  },
  'yandex.oauth-token': {
    positive: [`YC_TOKEN=«y0_${fakeMixed(B64URL, 55, 'y0')}»`],
    negative: ['y0_offset = compute_offset(frame)', `y0_${'A'.repeat(55)}`],
  },
  'yandex.static-access-key': {
    positive: [`[default]\nendpoint_url = https://storage.yandexcloud.net\naws_secret_access_key = «YC${fakeMixed(B64URL, 38, 'ycs')}»`],
    negative: [`endpoint = storage.yandexcloud.net\nkey_id = YC${'x'.repeat(38)}`],
  },
};
