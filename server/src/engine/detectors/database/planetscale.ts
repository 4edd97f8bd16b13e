/** PlanetScale database passwords, service tokens and OAuth tokens (`pscale_pw_` / `pscale_tkn_` / `pscale_oauth_`). */
import { CONNECTION_SETTINGS_STORE, alphabet, defineDetector, prefixedToken, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = (
  [
    [
      'planetscale.password',
      'PlanetScale database password',
      'pscale_pw_',
      "Connects to the PlanetScale branch with that password's role (read, write or admin).",
      'PlanetScale → database → branch → Settings → Passwords → delete the password.',
    ],
    [
      'planetscale.service-token',
      'PlanetScale service token',
      'pscale_tkn_',
      "Calls the PlanetScale API with the service token's database permissions (create branches, deploy requests, passwords).",
      'PlanetScale → Organization settings → Service tokens → delete the token.',
    ],
    [
      'planetscale.oauth-token',
      'PlanetScale OAuth token',
      'pscale_oauth_',
      'Calls the PlanetScale API as the user who authorised the OAuth application.',
      "Revoke the OAuth application's access in PlanetScale → Settings → OAuth applications.",
    ],
  ] as const
).map(([id, title, prefix, grants, revoke]) =>
  defineDetector({
    id,
    title,
    keywords: [prefix],
    scope: 'document',
    // `pscale_pw_` / `pscale_tkn_` / `pscale_oauth_` + 32–64 [A-Za-z0-9_=.-] (current passwords: 43).
    pattern: () => prefixedToken(prefix, alphabet('A-Za-z0-9_=.-'), [32, 64]),
    minEntropy: 3.5,
    guide: { grants, revoke, url: 'https://planetscale.com/docs/concepts/connection-strings', store: CONNECTION_SETTINGS_STORE },
  }),
);
