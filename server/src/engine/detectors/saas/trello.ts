/** trello (CREDENTIAL-FORMATS.md §11, SaaS productivity, CRM and CMS). */
import { assignment, ci, defineDetector, type Detector, providerNames } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'trello.token',
    title: 'Trello API token',
    keywords: ['ATTA'],
    scope: 'document',
    // `ATTA` + hex (newer tokens; exact length unverified).
    pattern: () => new RegExp(`(?<![A-Za-z0-9_])(?<secret>ATTA[0-9a-fA-F]{60,80})(?![A-Za-z0-9])`),
    guide: {
      grants: "With the app's API key, acts as the user on Trello with the scopes granted (usually read and write on every board).",
      revoke: 'Trello → account → Settings → Applications → Revoke the token; or DELETE https://api.trello.com/1/tokens/{token}.',
      url: 'https://trello.com/my/account',
    },
  }),
  defineDetector({
    id: 'trello.legacy-token',
    title: 'Trello API token (legacy, 64 hex)',
    keywords: ['trello'],
    // The 32-hex API key is semi-public (it identifies the app): only the token and secret are flagged.
    pattern: () =>
      assignment(
        providerNames(
          ['trello'],
          ['token', 'secret'].map((x) => ci(x)),
        ),
        '[0-9a-f]{64}',
      ),
    minEntropy: 3.0,
    guide: {
      grants:
        "With the app's API key, acts as the user on Trello (read and write on every board for the usual scopes); the OAuth secret signs requests as the app.",
      revoke:
        'Trello → account → Settings → Applications → Revoke; regenerate the secret at trello.com/power-ups/admin → the Power-Up → API key.',
      url: 'https://trello.com/my/account',
    },
  }),
];
