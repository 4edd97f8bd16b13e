/** Examples of the recaptcha detectors (test data: never imported by the runtime). */
import { B64URL, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'recaptcha.secret-key': {
    positive: [
      `RECAPTCHA_SECRET_KEY=«6L${fake(B64URL, 38, 'rc1')}»`,
      `'recaptcha_secret' => '«6L${fake(B64URL, 38, 'rc2')}»',`,
      `spring:\n  re-captcha-private-key: «6L${fake(B64URL, 38, 'rc3')}»`,
    ],
    negative: [
      `RECAPTCHA_SITE_KEY=6L${fake(B64URL, 38, 'site')}`,
      `<div class="g-recaptcha" data-sitekey="6L${fake(B64URL, 38, 'site2')}"></div>`,
      `RECAPTCHA_SECRET_KEY=6L${fake(B64URL, 20, 'short')}`,
      `# recaptcha\nSECRET_KEY=6L${fake(B64URL, 38, 'rc4')}`,
    ],
  },
};
