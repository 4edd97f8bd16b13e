/** Android app-signing keystore passwords (Gradle signingConfigs, key.properties, injected signing properties). */
import {
  PASSWORD_CHECKS,
  defineDetector,
  isAboutThePassword,
  isKeystoreDefault,
  keyGuide,
  requireNearby,
  secretAssignment,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'android.signing-password',
    title: 'Android signing keystore password',
    keywords: [
      'storepassword',
      'keypassword',
      'signing.store.password',
      'signing.key.password',
      'store_password',
      'key_password',
      'storepass',
      'keystore_pass',
      'keystore_password',
    ],
    // Gradle `signingConfigs { storePassword "…"; keyPassword "…" }`, `key.properties` (Flutter),
    // `keystore.properties`, `android.injected.signing.*.password`, React Native `MYAPP_UPLOAD_STORE_PASSWORD`.
    pattern: () =>
      secretAssignment(
        String.raw`storePassword|keyPassword|signing\.(?:store|key)\.password|(?:[A-Z0-9]{1,20}_)?(?:UPLOAD|RELEASE|SIGNING|ANDROID)_(?:STORE|KEY|KEYSTORE)_PASS(?:WORD)?|(?:ANDROID_)?(?:KEY|STORE)_PASSWORD`,
        { min: 4 },
      ),
    post: [
      ...PASSWORD_CHECKS,
      isKeystoreDefault,
      isAboutThePassword,
      requireNearby(
        /storeFile|keyAlias|signingConfig|storePassword|keystore|\.jks|android|STORE_FILE|KEY_ALIAS|upload/i,
        { lines: 10 },
        'no Android signing context',
      ),
    ],
    guide: keyGuide(
      'With the keystore file (often committed or in CI artefacts), signs APKs/App Bundles as your app: push malicious updates where the upload key is trusted.',
      'If the upload key leaked: request an upload-key reset in Play Console → Setup → App signing. Change the keystore/key passwords (`keytool -storepasswd`, `keytool -keypasswd`) and move them to CI secrets.',
      'https://developer.android.com/studio/publish/app-signing#reset_upload_key',
    ),
  }),
];
