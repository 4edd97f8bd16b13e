/** zoho (long tail of providers, issue 9 §3): Zoho (CRM, Books, Desk …) OAuth tokens. */
import { token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'zoho.oauth-token',
    title: 'Zoho OAuth access or refresh token',
    keywords: ['1000.'],
    // `1000.` + 32 hex + `.` + 32 hex (format facts: Kingfisher rule set; Zoho's OAuth docs show tokens of this form).
    body: '1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}',
    right: 'A-Za-z0-9_.',
    guide: {
      grants:
        'Calls the Zoho APIs (CRM, Books, Desk …) of the data centre that issued it, as the user or self client, with the granted scopes; a refresh token mints new access tokens until revoked.',
      revoke:
        'Zoho API console (api-console.zoho.com) → the client → revoke its tokens, or accounts.zoho.com → Sessions / Connected apps → revoke.',
      url: 'https://api-console.zoho.com/',
    },
  }),
];
