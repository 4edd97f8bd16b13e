/**
 * Application session / cookie secrets under generic names (`SESSION_SECRET`, `COOKIE_SECRET`). None has a
 * prefix, so the pattern is anchored on the framework's own setting name, and template / placeholder values
 * (the framework's own defaults included) are negatives (CREDENTIAL-FORMATS.md §10).
 */
import {
  SECRET_CHECKS,
  SESSION_FORGERY_GRANTS,
  ciFragment,
  defineDetector,
  frameworkGuide,
  secretAssignment,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'app.session-secret',
    title: 'Session / cookie signing secret',
    keywords: [
      'session_secret',
      'session-secret',
      'sessionsecret',
      'session.secret',
      'cookie_secret',
      'cookie-secret',
      'cookiesecret',
      'cookie.secret',
      'sess_secret',
      'session_key_secret',
      'cookie_signing',
    ],
    // `SESSION_SECRET=`, `COOKIE_SECRET=`, `session.secret:`, `cookie_signing_key` …
    pattern: () =>
      secretAssignment(
        ciFragment('(?:session|sess|cookie)[_.-]?(?:signing[_.-]?)?(?:secret|key[_.-]?secret)(?:[_.-]?key)?|cookie[_.-]?signing[_.-]?key'),
        { min: 10, max: 200 },
      ),
    post: [...SECRET_CHECKS],
    minEntropy: 3,
    guide: frameworkGuide(SESSION_FORGERY_GRANTS, 'Generate a new random value, deploy it, and expect sessions to be invalidated.'),
  }),
];
