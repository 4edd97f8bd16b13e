/** Twilio SendGrid API keys (`SG.<key id>.<secret>`; CREDENTIAL-FORMATS.md §3). */
import { STORE_IN_SECRET_STORE, defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'sendgrid.api-key',
    title: 'SendGrid API key',
    keywords: ['SG.'],
    // SG.<22 b64url key id>.<43 b64url secret>: 69 characters (Twilio SendGrid "API Keys" docs).
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    guide: {
      grants:
        "Sends e-mail as any verified sender of the account (phishing from your domain) and, per the key's scopes, reads contacts, templates and stats or manages the account.",
      revoke: 'SendGrid → Settings → API Keys → the key → Delete, then create a new one. SendGrid revokes keys it finds on public GitHub.',
      url: 'https://app.sendgrid.com/settings/api_keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
