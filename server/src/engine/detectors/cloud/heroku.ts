/** Heroku credentials. Shapes: CREDENTIAL-FORMATS.md §1 (rows tagged "(unverified)" get length ranges, not exact lengths). */
import {
  B64URL,
  ci,
  defineDetector,
  hasRunOf,
  INJECT_FROM_SECRET_STORE,
  lacksMixedClasses,
  rejectValues,
  terraformProviderAttribute,
  token,
  UUID,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'heroku.api-key',
    title: 'Heroku API key (UUID)',
    keywords: ['heroku'],
    scope: 'document',
    pattern: () =>
      new RegExp(
        `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}${ci('heroku')}[A-Za-z0-9_.-]{0,30}(?:${ci('key')}|${ci('token')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*|(?<_tf>${terraformProviderAttribute('heroku', ['api_key'])}\\s*=\\s*)|(?<_netrc>api\\.heroku\\.com(?:\\s{1,20}login\\s{1,20}\\S{1,100})?\\s{1,20}password\\s{1,20}))["']?(?<secret>${UUID})(?![A-Za-z0-9-])`,
      ),
    post: [rejectValues(['cf0e05d9-4eca-4948-a012-b91fe9704bab'], 'documented example value'), hasRunOf(6)],
    guide: {
      grants: 'Calls the Heroku Platform API as the user: deploy, read config vars (other secrets), scale or delete apps.',
      revoke:
        'Heroku Dashboard → Account settings → API Key → Regenerate (a password change also invalidates it); `heroku authorizations:revoke <id>` for OAuth authorizations.',
      url: 'https://dashboard.heroku.com/account',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
  token({
    id: 'heroku.api-key-v2',
    title: 'Heroku platform API token',
    prefix: 'HRKU-',
    alphabet: B64URL,
    length: [40, 100],
    scope: 'document',
    post: [lacksMixedClasses],
    guide: {
      grants: 'Calls the Heroku Platform API as the user or authorization: deploy, read config vars, scale or delete apps.',
      revoke:
        '`heroku authorizations` then `heroku authorizations:revoke <id>`, or Dashboard → Account settings → Applications/API key → revoke or regenerate.',
      url: 'https://dashboard.heroku.com/account/applications',
      store: INJECT_FROM_SECRET_STORE,
    },
  }),
];
