/**
 * Framework-neutral application secret keys (`SECRET_KEY_BASE`, `APP_SECRET_KEY` …). None has a prefix, so the
 * pattern is anchored on the framework's own setting name, and template / placeholder values (the framework's
 * own defaults included) are negatives (CREDENTIAL-FORMATS.md §10).
 */
import { SECRET_CHECKS, SESSION_FORGERY_GRANTS, defineDetector, frameworkGuide, secretAssignment, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'framework.secret-key',
    title: 'Application SECRET_KEY',
    keywords: ['secret_key'],
    // A bare `SECRET_KEY` (Django, Flask, Starlette, Superset, Airflow …) outside a known framework
    // context; Django / Flask detectors win when their context is present.
    pattern: () =>
      secretAssignment('(?:APP_|APPLICATION_)?SECRET_KEY|secret_key', {
        prefix: false,
        min: 16,
        max: 200,
        value: String.raw`[^\s"'\`\\]`,
      }),
    post: [...SECRET_CHECKS],
    minEntropy: 3.2,
    precedence: -1,
    guide: frameworkGuide(
      SESSION_FORGERY_GRANTS,
      'Generate a new random value, deploy it, and expect existing sessions and signed links to be invalidated.',
    ),
  }),
];
