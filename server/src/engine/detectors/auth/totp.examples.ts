/** Examples of the totp detectors (test data: never imported by the runtime). */
import { BASE32_UPPER, base32Encode, fake, fakeBytes, type ExampleTable } from '../kit/examples.js';

/** A seed as authenticator enrolment screens print it: base32 of 20 random bytes (32 characters). */
const seed = (salt: string, bytes = 20) => base32Encode(fakeBytes(bytes, salt));

export const examples: ExampleTable = {
  'totp.otpauth-uri': {
    positive: [
      `otpauth://totp/ACME%20Corp:ops-bot@acme.io?secret=«${seed('to1')}»&issuer=ACME%20Corp&algorithm=SHA1&digits=6&period=30`,
      `"qr": "otpauth://totp/GitLab:deploy?issuer=GitLab&secret=«${seed('to2', 10)}»"`,
      `<img alt="otpauth://hotp/Vault:root?counter=0&amp;secret=«${seed('to3').toLowerCase()}»" src="qr.png">`,
    ],
    negative: [
      'otpauth://totp/ACME:alice@acme.io?issuer=ACME&algorithm=SHA1',
      'otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example',
      'uri = f"otpauth://totp/{issuer}:{user}?secret={secret}&issuer={issuer}"',
      'otpauth://totp/ACME:alice?secret=ABCDEFGHIJKLMNOP',
    ],
  },
  'totp.seed': {
    positive: [
      `TOTP_SECRET=«${seed('ts1')}»`,
      `totp = pyotp.TOTP("«${seed('ts2')}»")\nprint(totp.now())`,
      `admin:\n  email: ops@acme.io\n  otp_secret_key: «${seed('ts3')}»`,
      `const token = authenticator.generate('«${fake(BASE32_UPPER, 32, 'ts4')}»');`,
      `otp = ROTP::TOTP.new("«${seed('ts5').toLowerCase()}»", issuer: "ACME")`,
      `const code = speakeasy.totp({ secret: '«${seed('ts6')}»', encoding: 'base32' });`,
    ],
    negative: [
      'TOTP_SECRET=${TOTP_SECRET}',
      'totp = pyotp.TOTP("base32secret3232")',
      'totp = pyotp.TOTP(os.environ["TOTP_SECRET"])',
      'totp = pyotp.TOTP(pyotp.random_base32())',
      `MFA_KEY_ID=${fake(BASE32_UPPER, 20, 'ts7').toLowerCase().replace(/[2-7]/g, '9')}`,
      'OTP_SECRET_LENGTH=32',
      'two_factor_secret: TWOFACTORSECRETKEY',
    ],
  },
};
