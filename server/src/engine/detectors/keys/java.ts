/** Java keystore / truststore passwords in configuration and on keytool / jarsigner / apksigner command lines. */
import {
  PASSWORD_CHECKS,
  defineDetector,
  isAboutThePassword,
  isKeystoreDefault,
  keyGuide,
  secretAssignment,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'java.keystore-password',
    title: 'Java keystore / truststore password',
    keywords: ['keystore', 'key-store', 'key_store', 'truststore', 'trust-store', 'trust_store', 'storepass', 'keypass'],
    // `javax.net.ssl.keyStorePassword`, Spring `server.ssl.key-store-password` / `key-password`, Tomcat
    // `keystorePass="…"`, `KEYSTORE_PASSWORD`, keytool / jarsigner `-storepass` / `-keypass`.
    pattern: () =>
      secretAssignment(
        String.raw`[kK]ey[sS]tore[_.-]?[pP]ass(?:word)?|[kK]ey-store-password|[tT]rust[sS]tore[_.-]?[pP]ass(?:word)?|[tT]rust-store-password|KEYSTORE_PASS(?:WORD)?|KEY_STORE_PASS(?:WORD)?|TRUSTSTORE_PASS(?:WORD)?|TRUST_STORE_PASS(?:WORD)?|ssl[_.-]key-password`,
        { min: 4 },
      ),
    post: [...PASSWORD_CHECKS, isKeystoreDefault, isAboutThePassword],
    guide: keyGuide(
      'Opens the keystore (TLS private keys, signing keys, client certificates) for anyone who also has the file, which usually sits next to the configuration.',
      'Rotate the keys inside the keystore if the file leaked too; change the store and key passwords (`keytool -storepasswd`, `keytool -keypasswd`) and keep them in a secret store.',
    ),
  }),
  defineDetector({
    id: 'java.keytool-password',
    title: 'Keystore password on a keytool / jarsigner / apksigner command line',
    keywords: ['keytool', 'jarsigner', 'apksigner'],
    // `keytool … -storepass <pw> -keypass <pw>`; `apksigner sign --ks-pass pass:<pw>` (`env:` / `file:`
    // forms are references).
    pattern:
      /(?:keytool|jarsigner|apksigner)\b[^\r\n]{0,400}?[ \t](?:-(?:src|dest|new)?(?:storepass|keypass)[ \t]+|--(?:ks|key)-pass[ \t]+pass:)(?<_q>["']?)(?<secret>(?![-$])[^\s"'`:]{4,128})(?=["'\s]|$)/,
    post: [...PASSWORD_CHECKS, isKeystoreDefault],
    guide: keyGuide(
      'Opens the keystore for anyone who has the file; command lines also land in shell history and CI logs.',
      'Change the store and key passwords (`keytool -storepasswd`, `keytool -keypasswd`), and rotate the keys if the keystore file is exposed too.',
    ),
  }),
];
