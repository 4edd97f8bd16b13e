/**
 * Express / Connect session and cookie secrets (`express-session`, `cookie-parser`, `cookie-session`). None
 * has a prefix, so the pattern is anchored on the framework's own setting name, and template / placeholder
 * values (the framework's own defaults included) are negatives (CREDENTIAL-FORMATS.md §10).
 */
import { SECRET_CHECKS, SESSION_FORGERY_GRANTS, defineDetector, frameworkGuide, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'express.session-secret',
    title: 'Express / cookie session secret in code',
    keywords: ['session(', 'cookieparser(', 'cookiesession(', 'fastifycookie', 'fastifysession'],
    scope: 'document',
    // `session({ secret: '…' })` (express-session), `cookieSession({ keys: ['…'] })`, `cookieParser('…')`;
    // the options object may span lines (bounded).
    pattern:
      /(?:(?:session|Session|cookieSession|expressSession|fastifySession|fastifySecureSession|fastifyCookie)\((?:[^)]{0,400}?[{,][ \t\r\n]*(?:secret|keys|secrets|key)["']?[ \t]*:[ \t]*\[?[ \t\r\n]*)|cookieParser\([ \t]*\[?[ \t]*)(?<_q>["'`])(?<secret>[^"'`\r\n]{6,200})["'`]/,
    post: [...SECRET_CHECKS],
    minEntropy: 2.5,
    guide: frameworkGuide(
      SESSION_FORGERY_GRANTS,
      'Replace the secret with a new random value from the environment (express-session accepts an array: put the new one first to rotate without logging everyone out), then remove the old one.',
      'https://expressjs.com/en/resources/middleware/session.html',
    ),
  }),
];
