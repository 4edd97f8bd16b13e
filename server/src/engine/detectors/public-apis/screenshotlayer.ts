/** screenshotlayer (long tail of providers, issue 9 §3): screenshotlayer. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'screenshotlayer.api-key',
    title: 'screenshotlayer API key',
    keywords: ['screenshotlayer', 'screenshot_layer', 'screenshot-layer', 'screenshot.layer'],
    providers: [phrase('screenshot layer')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Captures website screenshots through screenshotlayer (apilayer) on the subscription's quota.",
      revoke: 'screenshotlayer dashboard → Your API access key → Reset.',
      url: 'https://screenshotlayer.com/dashboard',
    },
  }),
];
