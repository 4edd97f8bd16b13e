/** typeform (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { alphabet, defineDetector, type Detector, prefixedToken } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'typeform.pat',
    title: 'Typeform personal access token',
    keywords: ['tfp_'],
    scope: 'document',
    pattern: () => prefixedToken('tfp_', alphabet('A-Za-z0-9_.=-'), [40, 64]),
    guide: {
      grants:
        "Reads and manages the account's forms, responses (respondents' personal data), themes, images and webhooks within the token's scopes.",
      revoke: 'Typeform → Account → Your settings → Personal tokens → Delete.',
      url: 'https://admin.typeform.com/user/tokens',
    },
  }),
];
