/** Examples of the Google Cloud detectors (test data: never imported by the runtime). */
import { B64, B64URL, fake, fakeMixed, fakePem, HEX, UPPER_DIGITS, type ExampleTable } from '../kit/examples.js';

const SA_KEY_ID = fake(HEX, 40, 'sa-key-id');

function serviceAccountJson(keyId: string, salt: string, marked: boolean): string {
  const pem = fakePem('PRIVATE KEY', 600, salt).replace(/\n/g, '\\n');
  return [
    '{',
    '  "type": "service_account",',
    '  "project_id": "ferro-data",',
    `  "private_key_id": "${marked ? `«${keyId}»` : keyId}",`,
    `  "private_key": "${pem}\\n",`,
    '  "client_email": "bq-loader@ferro-data.iam.gserviceaccount.com",',
    '  "client_id": "104729384756102938475",',
    '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
    '  "token_uri": "https://oauth2.googleapis.com/token"',
    '}',
  ].join('\n');
}

export const examples: ExampleTable = {
  'gcp.api-key': {
    positive: [
      `GOOGLE_MAPS_API_KEY=«AIza${fakeMixed(B64URL, 35, 'gkey')}»`,
      `fetch(\`https://maps.googleapis.com/maps/api/geocode/json?address=\${q}&key=«AIza${fakeMixed(B64URL, 35, 'gkey2')}»\`)`,
      `gemini:\n  api_key: "«AIza${fakeMixed(B64URL, 35, 'gkey3')}»"`,
    ],
    negative: [
      'key=AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe',
      `const firebaseConfig = {\n  apiKey: "AIza${fakeMixed(B64URL, 35, 'fb')}",\n  authDomain: "ferro-app.firebaseapp.com",\n  projectId: "ferro-app",\n  messagingSenderId: "1029384756",\n  appId: "1:1029384756:web:${fake(HEX, 22, 'app')}"\n};`,
      `"api_key": [\n  {\n    "current_key": "AIza${fakeMixed(B64URL, 35, 'gs')}"\n  }\n]`,
      `AIza${fake(B64URL, 20, 'short')}`,
    ],
  },
  'gcp.oauth-client-secret': {
    positive: [
      `GOOGLE_CLIENT_SECRET=«GOCSPX-${fakeMixed(B64URL, 28, 'gocspx')}»`,
      `{"web":{"client_id":"1029384756-${fake(HEX, 32, 'cid')}.apps.googleusercontent.com","client_secret":"«GOCSPX-${fakeMixed(B64URL, 28, 'gocspx2')}»"}}`,
    ],
    negative: ['GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', `GOCSPX-${fake(B64URL, 10, 'short')}`],
  },
  'gcp.oauth-client-secret-legacy': {
    positive: [
      `{"installed":{"client_id":"1029384756-${fake(HEX, 32, 'cid2')}.apps.googleusercontent.com","project_id":"ferro","client_secret":"«${fakeMixed(B64URL, 24, 'legacy')}»"}}`,
    ],
    negative: [
      `{"installed":{"client_id":"32555940559.apps.googleusercontent.com","client_secret":"d-FL95Q19q7MQmFpd7hHD0Ty"}}`,
      `client_secret: "${fakeMixed(B64URL, 24, 'noid')}"`,
    ],
  },
  'gcp.oauth-refresh-token': {
    positive: [
      `GOOGLE_REFRESH_TOKEN=«1//0g${fakeMixed(B64URL, 98, 'rt')}»`,
      `{"client_id": "1029384756-${fake(HEX, 32, 'cid3')}.apps.googleusercontent.com", "refresh_token": "«1//09${fakeMixed(B64URL, 98, 'rt2')}»", "type": "authorized_user"}`,
    ],
    negative: [
      'int x = 1// a comment',
      `refresh_token: 1//${'x'.repeat(60)}`,
      // A chance `1//` inside an inline image (notebook output): part of a longer Base64 run.
      `"image/png": "iVBORw0KGgo${fake(B64, 120, 'png1')}+1//${fakeMixed(B64URL, 60, 'png2')}+${fake(B64, 120, 'png3')}"`,
    ],
  },
  'gcp.oauth-access-token': {
    positive: [`curl -H "Authorization: Bearer «ya29.a0${fakeMixed(B64URL, 160, 'ya29')}»" https://www.googleapis.com/drive/v3/files`],
    negative: ['Authorization: Bearer ya29.xxx', `token = "ya29.${fake(B64URL, 30, 'short')}"`],
  },
  'gcp.service-account-key': {
    positive: [
      serviceAccountJson(SA_KEY_ID, 'sa', true),
      `cred = credentials.Certificate({\n    'type': 'service_account',\n    'project_id': 'ferro-app',\n    'private_key_id': '«${fake(HEX, 40, 'sa2')}»',\n    'client_email': 'firebase-adminsdk-x1y2z@ferro-app.iam.gserviceaccount.com',\n})`,
    ],
    negative: [
      `{"type": "authorized_user", "private_key_id": "${fake(HEX, 40, 'sa3')}"}`,
      `{"type": "service_account", "private_key_id": "<key id>", "private_key": "${'-'.repeat(5)}BEGIN PRIVATE KEY${'-'.repeat(5)}\\n...\\n"}`,
    ],
  },
  'gcp.storage-hmac-key': {
    positive: [
      `[Credentials]\ngs_access_key_id = «GOOG1E${fake(UPPER_DIGITS, 55, 'hmac')}»\ngs_secret_access_key = ${fakeMixed(B64, 40, 'hmac-s')}`,
    ],
    negative: ['GOOGLE_APPLICATION_CREDENTIALS=/etc/sa.json', `access_id: GOOG${'X'.repeat(56)}`],
  },
};
