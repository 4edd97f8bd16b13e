/** Examples of the Android signing detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'android.signing-password': {
    positive: [
      `android {\n    signingConfigs {\n        release {\n            storeFile file("upload-keystore.jks")\n            storePassword "«${fake(B62, 16, 'sp')}»"\n            keyAlias "upload"\n            keyPassword "«${fake(B62, 16, 'kp')}»"\n        }\n    }\n}`,
      `storePassword=«${fake(B62, 14, 'sp2')}»\nkeyPassword=«${fake(B62, 14, 'kp2')}»\nkeyAlias=upload\nstoreFile=/home/ci/upload-keystore.jks`,
      `./gradlew assembleRelease -Pandroid.injected.signing.store.file=release.jks -Pandroid.injected.signing.store.password=«${fake(B62, 12, 'inj')}»`,
    ],
    negative: [
      'storePassword System.getenv("KEYSTORE_PASSWORD")',
      "storePassword keystoreProperties['storePassword']",
      'storePassword "android"\nkeyAlias "androiddebugkey"',
      'storePassword=${KEYSTORE_PASSWORD}\nstoreFile=upload.jks',
      `keyPassword: "${fake(B62, 12, 'noctx')}"`,
    ],
  },
};
