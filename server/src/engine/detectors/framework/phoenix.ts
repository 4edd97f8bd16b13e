/**
 * Phoenix `secret_key_base`. None has a prefix, so the pattern is anchored on the framework's own setting
 * name, and template / placeholder values (the framework's own defaults included) are negatives
 * (CREDENTIAL-FORMATS.md §10).
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
    id: 'phoenix.secret-key-base',
    title: 'Phoenix secret_key_base',
    keywords: ['secret_key_base'],
    // 64 chars [A-Za-z0-9+/] from `mix phx.gen.secret` (`config :app, Endpoint, secret_key_base: "…"`);
    // an all-hex value is Rails'.
    pattern: () => secretAssignment(ciFragment('secret_key_base'), { prefix: false, min: 64, max: 256, value: '[A-Za-z0-9+/=_-]' }),
    post: [...SECRET_CHECKS, ({ value }) => (/^[0-9a-f]+$/.test(value) ? 'hex value (Rails)' : undefined)],
    minEntropy: 4,
    guide: frameworkGuide(
      `${SESSION_FORGERY_GRANTS} Phoenix signs and encrypts session cookies and LiveView tokens with it.`,
      'Generate a new value (`mix phx.gen.secret`), set `SECRET_KEY_BASE` in the runtime environment, redeploy; sessions are invalidated.',
      'https://hexdocs.pm/phoenix/deployment.html',
    ),
  }),
];
