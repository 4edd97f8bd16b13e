/** Examples of the Java keystore detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'java.keystore-password': {
    positive: [
      `server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-password=«${fake(B62, 16, 'ks1')}»`,
      `<Connector port="8443" keystoreFile="conf/tomcat.jks" keystorePass="«${fake(B62, 14, 'ks2')}»" />`,
      `JAVA_OPTS="-Djavax.net.ssl.trustStore=/etc/pki/app.jks -Djavax.net.ssl.trustStorePassword=«${fake(B62, 12, 'ks3')}»"`,
    ],
    negative: [
      '-Djavax.net.ssl.trustStorePassword=changeit',
      'server.ssl.key-store-password=${KEYSTORE_PASSWORD}',
      'KEYSTORE_PASSWORD_FILE=/run/secrets/ks',
      // The product's own name as its default (issue 9: product-name defaults).
      { text: 'keystore_password: cassandra', path: 'conf/cassandra.yaml' },
    ],
  },
  'java.keytool-password': {
    positive: [
      `keytool -genkeypair -alias upload -keystore upload.jks -storepass «${fake(B62, 14, 'kt1')}» -keypass ${fake(B62, 14, 'kt2')} -dname "CN=Acme"`,
      `apksigner sign --ks release.jks --ks-pass pass:«${fake(B62, 14, 'kt3')}» app.apk`,
    ],
    negative: [
      'keytool -list -keystore cacerts -storepass changeit',
      'apksigner sign --ks release.jks --ks-pass env:KS_PASS app.apk',
      'keytool -list -keystore app.jks -storepass:env KS_PASS',
    ],
  },
};
