/** Examples of the openssl detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'openssl.passphrase-argument': {
    positive: [
      `openssl pkcs12 -export -in tls.crt -inkey tls.key -out keystore.p12 -name tomcat -passout pass:«${fake(B62, 16, 'os1')}»`,
      `openssl rsa -in server.key.enc -out server.key -passin 'pass:«${fake(B62, 14, 'os2')}»'`,
      `RUN openssl req -x509 -newkey rsa:4096 -keyout key.pem -out cert.pem -days 365 \\\n    -passout "pass:«${fake(B62, 12, 'os3')}»" -subj "/CN=api.acme.io"`,
      `subprocess.run(["openssl", "pkcs12", "-in", path, "-nodes", "-password", "pass:«${fake(B62, 18, 'os4')}»"])`,
      `openssl enc -aes-256-cbc -salt -in backup.tar -out backup.tar.enc -k «${fake(B62, 20, 'os5')}»`,
    ],
    negative: [
      'openssl pkcs12 -export -in tls.crt -inkey tls.key -out keystore.p12 -passout pass:$KEYSTORE_PASSWORD',
      'openssl rsa -in server.key.enc -out server.key -passin env:KEY_PASS',
      'openssl rsa -in key.enc -passin file:/run/secrets/key_pass -out key.pem',
      'openssl pkcs12 -in cert.p12 -nodes -passin pass:',
      'openssl genrsa -aes256 -passout pass:password -out key.pem 2048',
      'openssl req -new -key key.pem -passin "pass:${KEY_PASSWORD}" -out req.csr',
      'openssl enc -d -aes-256-cbc -in backup.tar.enc -kfile /run/secrets/backup_key',
    ],
  },
};
