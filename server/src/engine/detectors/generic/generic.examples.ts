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
      // Test files are scanned by every detector (the finding carries test_file; the hook does not block on it).
      { text: `KIOSK_PASSWORD = "«${fake(B62, 18, 'pw8')}»"`, path: 'tests/fixtures/settings.py' },
      // A product word with a person's digits is a choice, not the product's default; Base64 of a real password is one.
      { text: 'ansible_become_password: «Bastion!2024»', path: 'host_vars/bastion-01.yml' },
      `  apiPassword: «${Buffer.from('Kx7-Tram!Depot-2291').toString('base64')}»`,
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
      'proxy_pass          http://backend:8000;',
      '#       password: some_pass',
      'pass: "another_pw"',
      'master_password = "MySuperStrongPassword!"',
      { text: 'manage_master_user_password = !local.is_replica && var.manage', path: 'main.tf' },
      '## If true, pass --storage.tsdb.retention.time=12h to prometheus.',
      "-d 'username=alice&password=alice&grant_type=password'",
      "  dispatcher: { email: 'dispatcher@e2e.test', password: 'Dispatcher123!' },",
      // Word-built defaults (issue 9 §2): filler words, leetspeak, sequential digits, the path's product name.
      'password = "SuperSecretPassw0rd"',
      "login_as User.create!(email: 'test@test.com', password: 'test123456')",
      'password: "wrongpassword"',
      { text: '- MYSQL_ROOT_PASSWORD=somewordpress', path: 'wordpress/compose.yaml' },
      // Identifiers naming a credential, not holding one.
      'password: jiraToken',
      'pass: custom_pass',
      "params: { user: {reset_password_token: 'invalid.token'} }",
      'final String password = "sgc-passwd";',
      'password: whalehello',
      'adminPassword: prom-operator',
      '      - /etc/passwd:/etc/passwd:ro',
      '      - ./secrets/db_password.txt:/run/secrets/db_password:ro',
      // Base64 of a word in a Secret manifest: judged as the decoded word.
      `  apiPassword: ${Buffer.from('storageos').toString('base64')}`,
      `  node.session.auth.password: ${Buffer.from('password').toString('base64')}`,
      `  node.session.auth.password_in: ${Buffer.from('mpass2').toString('base64')}`,
    ],
  },
  'generic.secret': {
    positive: [
      `REPORTING_SECRET=«${fake(B64, 43, 's1')}=»`,
      `partner_shared_secret = "«${fake(B64, 43, 's2')}=»"`,
      `private val feedApiKey = "«${fake(B62, 32, 's3').toLowerCase()}»"`,
      `X-Api-Key: «${fake(B62, 40, 's4')}»`,
      `LEGACY_API_SECRET=«${fake(HEX, 32, 's5')}»`,
      // A pepper is a secret salt kept out of the database (Devise, Rails): 128 hex is its usual shape.
      `config.pepper = '«${fake(HEX, 128, 's6')}»'`,
      // Escaped quotes: JSON inside a string, a notebook's source line (issue 9 §3).
      `{"body": "{\\"access_token\\":\\"«${fake(B62, 40, 's7')}»\\",\\"token_type\\":\\"bearer\\"}"}`,
      { text: `{"source": ["client = Client(api_key=\\"«${fake(B62, 36, 's8')}»\\")\\n"]}`, path: 'notebooks/demo.ipynb' },
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
      'PUSH_CREDENTIALS = "aggregator.utils.push_credentials"',
      '{{- if or .Values.imagePullSecrets .Values.global.imagePullSecrets }}',
      "'multicluster_key': '.Values.grafana.sidecar.dashboards.multicluster.global.enabled',",
      'apiToken: "YourPingdomToken"',
      '{"body": "{\\"access_token\\":\\"${ACCESS_TOKEN}\\"}"}',
      '{"body": "{\\"api_key\\":\\"your-api-key\\"}"}',
      'kubectl create secret generic ceph-secret-admin --from-literal=key=abc',
      '$ gcloud auth application-default login',
      '"    openai_api_key=OPENAI_API_KEY\\n",',
      '"AlphaZero\\\\nautoregressive\\\\ntoken generation\\\\nTransformer\\\\nRL\\\\nstructure\\\\n",',
      '"AlphaZero\\nautoregressive\\ntoken generation\\nTransformer\\nValue model\\n",',
      // RFC 6238's published TOTP test secret: Base32 of "12345678901234567890".
      'totp_secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"',
      // Words and separators (`user/group`), sed scripts, build-time substitutions: not random values.
      'secret_image: %%IMAGE%%:latest',
      '$ kubectl --server=https://127.0.0.1:6443 --token=foo/system:masters create -f policies.yaml',
      "sed -i -e 's/^system.secret-key:.*$/system.secret-key: x/' config.yml",
      'signed_url=https://storage.googleapis.com/b/f.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=svc-1%40proj-2.iam.gserviceaccount.com%2F20240101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=1',
    ],
  },
  'generic.hcl-variable-default': {
    positive: [`variable "ssh_password" {\n  type      = string\n  sensitive = true\n  default   = "«ubuntu-build-2024»"\n}`],
    negative: ['variable "ssh_password" {\n  type    = string\n  default = ""\n}', 'variable "region" {\n  default = "eu-west-1"\n}'],
  },
  'generic.cli-credential': {
    positive: [
      'upload_flags =\n    --port=3232\n    --auth=«B8pckAy3oFDKfr»',
      `deploy-cli push --token «${fake(B62, 24, 'cli1')}» --env prod`,
    ],
    negative: ['--token=$DEPLOY_TOKEN', '--token "${{ secrets.DEPLOY_TOKEN }}"', '--auth=basic', '--secret-file=/run/secrets/db'],
  },
  'generic.oauth-client-secret': {
    positive: [
      `OIDC_CLIENT_ID=fleet-console\nOIDC_CLIENT_SECRET=«${fake(B62, 40, 'oauth1')}»`,
      `oauth:\n  client_id: "${fake(HEX, 20, 'oauth-id')}"\n  client_secret: "«${fake(B64, 44, 'oauth2')}»"`,
    ],
    negative: [`OIDC_CLIENT_SECRET=${fake(B62, 40, 'oauth3')}`, 'OIDC_CLIENT_ID=fleet-console\nOIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET}'],
  },
};
