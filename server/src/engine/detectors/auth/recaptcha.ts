/** recaptcha (long tail of providers, issue 9 §3): Google reCAPTCHA. */
import { contextual, lacksLetterAndDigit, nameMentions, phrase, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'recaptcha.secret-key',
    title: 'reCAPTCHA secret key',
    keywords: ['recaptcha', 're_captcha', 're-captcha', 're.captcha'],
    providers: [phrase('re captcha')],
    // The site key has the same shape and is public (it is in every page): only a secret / private name counts.
    kinds: ['secret key', 'secret', 'private key'],
    // `6L` + 38 characters [A-Za-z0-9_-] (format facts: Kingfisher rule set), 40 in all, like the public site key.
    value: '6L[A-Za-z0-9_-]{38}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit, nameMentions(['site', 'public'])],
    guide: {
      grants:
        "Verifies reCAPTCHA answers for the site (siteverify) on its quota; with it an attacker can also spend the site's assessments or hide failed checks in a compromised back end.",
      revoke:
        'Google reCAPTCHA admin console → the site → Settings → reCAPTCHA keys → create new keys (or migrate the key to a Google Cloud project and rotate it).',
      url: 'https://www.google.com/recaptcha/admin',
    },
  }),
];
