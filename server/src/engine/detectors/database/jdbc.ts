/**
 * JDBC URLs with a password (`password=` parameters, Oracle thin `user/password@host`). The highlight is
 * always the password alone; user, host and port become parts (ENGINE.md "Multi-match and multi-line
 * secrets").
 */
import { ROTATE_DB_USER, URI_PASSWORD_CHECKS, dbGuide, defineDetector, sameWordOnLocalHost, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'jdbc.url-password',
    title: 'JDBC URL with password',
    keywords: ['jdbc:'],
    // `jdbc:<driver>[:sub]://host…` followed (same URL) by `password=` / `;password=` (driver docs).
    // The host is matched once (lookahead + backreference = an atomic group): letting the lazy scan
    // after it re-split every shorter host cost host × 400 steps per `jdbc:` (issue 10).
    pattern: () =>
      new RegExp(
        String.raw`jdbc:[a-z][a-z0-9]{1,20}(?::[a-z][a-z0-9]{0,20}){0,2}:(?://)?(?:[^\s"'<>@/;?]{0,200}@)?(?=(?<host>[A-Za-z0-9_.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\]))\k<host>[^\s"'<>]{0,400}?[;?&](?:password|pwd)=(?<secret>[^\s;&"'<>]{1,200})`,
        'i',
      ),
    post: [...URI_PASSWORD_CHECKS, sameWordOnLocalHost(/[;?&](?:user(?:name)?|uid|user id)=([^\s;&"'<>]{1,128})/i)],
    companions: [{ name: 'username', pattern: /[;?&](?:user(?:name)?|uid|user id)=(?<value>[^\s;&"'<>]{1,128})/i, withinLines: 0 }],
    guide: dbGuide("Access to the database with that user's rights.", ROTATE_DB_USER),
  }),
  defineDetector({
    id: 'jdbc.oracle-thin',
    title: 'Oracle JDBC thin URL with user/password',
    keywords: ['jdbc:oracle'],
    // `jdbc:oracle:thin:user/password@host:port:SID` (Oracle JDBC developer's guide).
    pattern:
      /jdbc:oracle:(?:thin|oci8?):(?<username>[A-Za-z0-9_$#]{1,128})\/(?<secret>[^\s@/"'<>]{1,128})@(?:\/\/)?(?<host>[A-Za-z0-9_.-]{1,253})/,
    post: [...URI_PASSWORD_CHECKS],
    guide: dbGuide("Access to the Oracle schema with that user's rights.", `${ROTATE_DB_USER} \`ALTER USER name IDENTIFIED BY …\`.`),
  }),
];
