/**
 * Flask `SECRET_KEY` / `app.secret_key`. None has a prefix, so the pattern is anchored on the framework's own
 * setting name, and template / placeholder values (the framework's own defaults included) are negatives
 * (CREDENTIAL-FORMATS.md §10).
 */
import { SECRET_CHECKS, SESSION_FORGERY_GRANTS, defineDetector, frameworkGuide, secretAssignment, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'flask.secret-key',
    title: 'Flask secret key',
    keywords: ['secret_key'],
    // `app.secret_key = '…'`, `app.config['SECRET_KEY'] = '…'`, `FLASK_SECRET_KEY=` (Flask docs, Sessions).
    pattern: () =>
      secretAssignment(String.raw`(?:app|application|server|flask_app|self\.app)\.(?:secret_key|config\[["']SECRET_KEY)|FLASK_SECRET_KEY`, {
        prefix: false,
        min: 8,
        max: 200,
        value: String.raw`[^\s"'\`\\]`,
      }),
    post: [...SECRET_CHECKS],
    minEntropy: 3,
    guide: frameworkGuide(
      `${SESSION_FORGERY_GRANTS} Flask signs its session cookie with it.`,
      'Generate a new key (`python -c "import secrets; print(secrets.token_hex())"`), deploy it; all sessions are invalidated.',
      'https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY',
    ),
  }),
];
