/**
 * TOTP / HOTP shared secrets (RFC 6238, RFC 4226): the seed behind every one-time code of an account.
 * Authenticator apps exchange them as Key URIs, `otpauth://totp/Issuer:account?secret=<base32>&issuer=…`
 * (Google Authenticator "Key Uri Format"); code stores the base32 seed in a TOTP-named setting or passes
 * it to an OTP library (pyotp, ROTP, otplib, speakeasy, OTPAuth). Whoever holds the seed generates valid
 * codes: the second factor is gone.
 */
import { assignedTo, defineDetector, VALUE_END, leadThen, rejectValues, type Detector, type PostValidator } from '../kit/index.js';

/** Base32 seed: 16 characters (80 bits) is the shortest authenticator apps accept; RFC 4226 asks for 160 bits. */
const SEED = '[A-Z2-7]{16,128}={0,6}|[a-z2-7]{16,128}={0,6}';

/** Seeds printed in documentation: Google Authenticator's wiki (`JBSWY3DPEHPK3PXP`), pyotp's README. */
const isDocumentedSeed = rejectValues(
  ['JBSWY3DPEHPK3PXP', 'BASE32SECRET3232', 'base32secret3232', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'],
  'documented example seed',
);

/**
 * A base32 word (`ABCDEFGHIJKLMNOP`, `TOTPSECRETSETTING`) has no digit and reads as letters: random seeds of 16+
 * characters almost always hold a digit 2–7.
 */
const isLettersOnlyWord: PostValidator = ({ value }) =>
  /^[A-Za-z]+$/.test(value) && value.length < 24 ? 'letters only (a word, not a seed)' : undefined;

const guide = {
  grants:
    'Generates valid one-time codes for the account it belongs to, so the second factor no longer protects it (only the password is left, and it may be beside it).',
  revoke:
    'Reset two-factor authentication for the account (disable and re-enrol the authenticator, which issues a new seed), revoke remembered devices, and check sign-ins since the commit; for a service account, re-enrol its TOTP and update the secret store.',
  store: 'Keep TOTP seeds in a secret manager or password manager (never next to the password), and load them at run time for automation.',
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'totp.otpauth-uri',
    title: 'TOTP/HOTP seed in an otpauth:// URI',
    keywords: ['otpauth://'],
    // `otpauth://totp/<label>?…secret=<base32>…`: the `secret` parameter, wherever it sits in the query.
    pattern:
      /otpauth:\/\/(?:totp|hotp)\/[^\s?"'<>]{0,200}\?(?:[^\s"'<>#]{0,300}?[&;])?secret=(?<secret>[A-Za-z2-7]{16,128}(?:=|%3D){0,6})(?![A-Za-z0-9])/i,
    post: [isDocumentedSeed, isLettersOnlyWord],
    minEntropy: 3,
    guide: { ...guide, url: 'https://github.com/google/google-authenticator/wiki/Key-Uri-Format' },
  }),
  defineDetector({
    id: 'totp.seed',
    title: 'TOTP/HOTP seed (base32) in a one-time-password setting or OTP library call',
    keywords: ['totp', 'hotp', 'otp', 'mfa', '2fa', 'two_factor', 'twofactor', 'authenticator'],
    // A base32 seed assigned to a TOTP-named setting (`TOTP_SECRET`, `mfa_seed`, `otpKey`) or passed to an
    // OTP library: `pyotp.TOTP("…")`, `ROTP::TOTP.new("…")`, `authenticator.generate('…')`,
    // `speakeasy.totp({ secret: '…' })`, `new OTPAuth.TOTP({ secret: '…' })`.
    pattern: () =>
      leadThen(
        [
          assignedTo([
            '(?:[tThH][oO][tT][pP]|[oO][tT][pP]|[mM][fF][aA]|2[fF][aA]|[tT][wW][oO][_.-]?[fF][aA][cC][tT][oO][rR]|[aA][uU][tT][hH][eE][nN][tT][iI][cC][aA][tT][oO][rR])[A-Za-z0-9_.-]{0,20}(?:[sS][eE][cC][rR][eE][tT]|[sS][eE][eE][dD]|[kK][eE][yY])',
          ]),
          '(?:pyotp\\.(?:TOTP|HOTP)|ROTP::(?:TOTP|HOTP)\\.new|(?:authenticator|totp|hotp)\\.generate|(?:OTPAuth\\.)?(?:TOTP|HOTP)\\(\\s*\\{[^}]{0,200}?secret:\\s*(?:OTPAuth\\.Secret\\.fromBase32\\()?|speakeasy\\.(?:totp|hotp)(?:\\.verify)?\\(\\s*\\{[^}]{0,200}?secret:\\s*)\\(?\\s*["\'`]',
        ],
        SEED,
        VALUE_END,
      ),
    post: [isDocumentedSeed, isLettersOnlyWord],
    minEntropy: 3,
    guide: { ...guide, url: 'https://www.rfc-editor.org/rfc/rfc6238' },
  }),
];
