/**
 * Snowflake credentials: connection URIs and password settings (CREDENTIAL-FORMATS.md §8). The highlight is
 * always the password alone; user, host and port become parts (ENGINE.md "Multi-match and multi-line
 * secrets").
 */
import {
  PASSWORD_CHECKS,
  URI_PASSWORD_CHECKS,
  USER_VALUE,
  ciFragment,
  dbGuide,
  defineDetector,
  isAboutThePassword,
  secretAssignment,
  settingCompanion,
  uri,
  type Detector,
} from '../kit/index.js';

export const detectors: readonly Detector[] = [
  uri({
    id: 'snowflake.uri',
    title: 'Snowflake connection URI with password',
    schemes: 'snowflake',
    keywords: ['snowflake'],
    post: URI_PASSWORD_CHECKS,
    guide: dbGuide(
      "Query and modify the Snowflake account's data with that user's roles, and spend its warehouse credits.",
      "`ALTER USER name SET PASSWORD = '…'` (or disable the user); prefer key-pair or OAuth authentication for services.",
      'https://docs.snowflake.com/en/user-guide/admin-user-management',
    ),
  }),
  defineDetector({
    id: 'snowflake.password',
    title: 'Snowflake password',
    keywords: ['snowflake', 'snowsql'],
    pattern: () => secretAssignment(ciFragment('(?:snowflake|snowsql)[_.-]?(?:user[_.-]?|account[_.-]?)?(?:pass(?:word)?|pwd)')),
    post: [...PASSWORD_CHECKS, isAboutThePassword],
    companions: [
      settingCompanion('username', 'user(?:name)?|login', USER_VALUE, 6, '(?:snowflake|snowsql)'),
      settingCompanion('account', 'account', String.raw`[A-Za-z0-9_.-]{3,128}`, 6, '(?:snowflake|snowsql)'),
    ],
    guide: dbGuide(
      "Query and modify the Snowflake account's data with that user's roles, and spend its warehouse credits.",
      "`ALTER USER name SET PASSWORD = '…'` (or disable the user); prefer key-pair or OAuth authentication for services.",
      'https://docs.snowflake.com/en/user-guide/admin-user-management',
    ),
  }),
];
