/**
 * Django `SECRET_KEY`. None has a prefix, so the pattern is anchored on the framework's own setting name, and
 * template / placeholder values (the framework's own defaults included) are negatives (CREDENTIAL-FORMATS.md
 * §10).
 */
import { SECRET_CHECKS, SESSION_FORGERY_GRANTS, defineDetector, frameworkGuide, secretAssignment, type Detector } from '../kit/index.js';

/** Values that start on the same line as a variable reference / quoted template. */
const isPythonSettings = (path: string | undefined) =>
  path !== undefined && /(?:^|[/\\])(?:settings|settings_[a-z]+|[a-z_]*settings)(?:[/\\][^/\\]+)?\.py$/i.test(path);

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'django.secret-key',
    title: 'Django SECRET_KEY',
    keywords: ['secret_key'],
    // `SECRET_KEY = '…'` in Django settings (50 chars of `get_random_secret_key()`'s alphabet, or the
    // `django-insecure-` prefix of `startproject`), or `DJANGO_SECRET_KEY=`.
    pattern: () => secretAssignment('(?:DJANGO_|django_)?SECRET_KEY', { prefix: false, min: 20, max: 200, value: String.raw`[^\s"'\`\\]` }),
    post: [
      ...SECRET_CHECKS,
      ({ value, groups, path, text }) =>
        /^django/i.test(groups.name ?? '') ||
        value.startsWith('django-insecure-') ||
        isPythonSettings(path) ||
        /\bdjango\b/.test(text.slice(0, 20000))
          ? undefined
          : 'no Django context',
    ],
    minEntropy: 3.5,
    guide: frameworkGuide(
      `${SESSION_FORGERY_GRANTS} Django signs sessions, password-reset links and messages with it.`,
      'Generate a new key (`python -c "from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())"`), deploy it (optionally keep the old one in `SECRET_KEY_FALLBACKS` briefly), and expect sessions and reset links to be invalidated.',
      'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
    ),
  }),
];
