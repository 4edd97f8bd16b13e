/** Examples of the generic detectors (test data: never imported by the runtime). */
import { B62, B64, HEX, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'generic.password': {
    positive: [
      'KIOSK_PASSWORD=«Summer2024!»',
      `admin_password: "«${fake(B62, 18, 'pw1')}»"`,
      `{"password": "«${fake(B62, 16, 'pw2')}»"}`,
      `private const SFTP_PASSWORD = '«Depot-Gateway-77»';`,
      `#define MQTT_PASS       "«${fake(B62, 20, 'pw3')}»"`,
      `jwt_passphrase: str = "«${fake(B62, 24, 'pw4')}»"`,
      `ENV["MATCH_PASSWORD"] = "«${fake(B62, 20, 'pw5')}»"`,
      `user ops insecure-password «${fake(B62, 16, 'pw6')}»`,
      { text: `password:\n  "«${fake(B62, 20, 'pw7')}»"`, path: 'config/runtime.exs' },
    ],
    negative: [
      'DB_PASSWORD=${DB_PASSWORD}',
      'password = os.environ["DB_PASSWORD"]',
      { text: 'password = get_password()', path: 'app.py' },
      { text: 'password = user.password', path: 'app.py' },
      'password: "<your-password>"',
      'password_reset_url = "https://example.com/reset"',
      '"password_label": "Enter your password"',
      'password: "changeme"',
      'password_hash = "$2b$12$abcdefghijklmnopqrstuuOjvB9mXW5YdVr3aLZ9mJ6m1o9v7Hh6S"',
      'PASSENGER_COUNT=12',
      'compass_heading = "north-north-west"',
      'password: ********',
    ],
  },
  'generic.secret': {
    positive: [
      `REPORTING_SECRET=«${fake(B64, 43, 's1')}=»`,
      `partner_shared_secret = "«${fake(B64, 43, 's2')}=»"`,
      `private val feedApiKey = "«${fake(B62, 32, 's3').toLowerCase()}»"`,
      `X-Api-Key: «${fake(B62, 40, 's4')}»`,
      `LEGACY_API_SECRET=«${fake(HEX, 32, 's5')}»`,
      `partner_token = "«${'d1f0c6a2-7b3e-4c1d-9a8e-5f2b6c7d8e9f'}»"`,
    ],
    negative: [
      'SECRET_KEY=${SECRET_KEY}',
      'api_key = os.getenv("API_KEY")',
      { text: 'token = request.headers.get("Authorization")', path: 'app.py' },
      'tenant_id = "d1f0c6a2-7b3e-4c1d-9a8e-5f2b6c7d8e9f"',
      'max_tokens = 4096',
      'public_key = "BPUBLICKEYBASE64xyzxyzxyzxyzxyz"',
      'secretKeyRef: { name: app-secrets, key: api-token }',
      'cache_key = "user-profile-v2-settings"',
      `"integrity": "sha512-${fake(B64, 86, 'int')}=="`,
      'auth_token: "your-api-token-here"',
      'secret_name = "prod/payments/stripe"',
    ],
  },
  'generic.hcl-variable-default': {
    positive: [`variable "ssh_password" {\n  type      = string\n  sensitive = true\n  default   = "«ubuntu-build-2024»"\n}`],
    negative: ['variable "ssh_password" {\n  type    = string\n  default = ""\n}', 'variable "region" {\n  default = "eu-west-1"\n}'],
  },
  'generic.cli-credential': {
    positive: ['upload_flags =\n    --port=3232\n    --auth=«B8pckAy3oFDKfr»', `deploy-cli push --token «${fake(B62, 24, 'cli1')}» --env prod`],
    negative: ['--token=$DEPLOY_TOKEN', '--token "${{ secrets.DEPLOY_TOKEN }}"', '--auth=basic', '--secret-file=/run/secrets/db'],
  },
  'generic.oauth-client-secret': {
    positive: [`OIDC_CLIENT_ID=fleet-console\nOIDC_CLIENT_SECRET=«${fake(B62, 40, 'oauth1')}»`, `oauth:\n  client_id: "${fake(HEX, 20, 'oauth-id')}"\n  client_secret: "«${fake(B64, 44, 'oauth2')}»"`],
    negative: [`OIDC_CLIENT_SECRET=${fake(B62, 40, 'oauth3')}`, 'OIDC_CLIENT_ID=fleet-console\nOIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET}'],
  },
};
