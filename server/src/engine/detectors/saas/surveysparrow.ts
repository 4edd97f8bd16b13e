/** surveysparrow (long tail of providers, issue 9 §3): SurveySparrow. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'surveysparrow.api-key',
    title: 'SurveySparrow API key',
    keywords: ['surveysparrow', 'survey_sparrow', 'survey-sparrow', 'survey.sparrow'],
    providers: [phrase('survey sparrow')],
    kinds: ['key', 'token', 'secret'],
    // 88 base64url characters (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9_-]{88}',
    minEntropy: 3.5,
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Reads and changes surveys, contacts and responses of the SurveySparrow account.',
      revoke: 'SurveySparrow → Settings → Apps & Integrations → custom app → regenerate the access token.',
      url: 'https://app.surveysparrow.com/',
    },
  }),
];
