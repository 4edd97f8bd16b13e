/**
 * LDAP bind passwords (`bindPassword`, `LDAP_BIND_PASSWORD`, `ldap.manager-password`). The highlight is always
 * the password alone; user, host and port become parts (ENGINE.md "Multi-match and multi-line secrets").
 */
import { PASSWORD_CHECKS, ciFragment, dbGuide, defineDetector, isAboutThePassword, secretAssignment, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'ldap.bind-password',
    title: 'LDAP bind password',
    keywords: [
      'bind_pass',
      'bindpass',
      'bind-pass',
      'bind.pass',
      'bind_pw',
      'bindpw',
      'bind_credential',
      'bindcredential',
      'ldap_pass',
      'ldap.pass',
      'ldap-pass',
      'ldappass',
      'ldap_admin_pass',
      'ldap_config_pass',
      'ldap_root_pass',
      'ldap_bind',
      'ldap.manager',
      'ldap_manager',
      'spring.ldap.password',
      'ldap_pwd',
    ],
    // `bindPassword` (many LDAP clients), `LDAP_BIND_PASSWORD`, `ldap.manager-password`, osixia/openldap `LDAP_ADMIN_PASSWORD`.
    pattern: () =>
      secretAssignment(
        ciFragment(
          '(?:ldap[_.-]?)?bind[_.-]?(?:dn[_.-]?)?(?:pass(?:word)?|pw|credentials?)|ldap[_.-]?(?:admin[_.-]?|config[_.-]?|root[_.-]?|manager[_.-]?|bind[_.-]?|service[_.-]?)?(?:pass(?:word)?|pwd)',
        ),
      ),
    post: [
      ...PASSWORD_CHECKS,
      isAboutThePassword,
      ({ value }) => (/^(?:admin|config|secret|ldap)$/i.test(value) ? 'default LDAP image password' : undefined),
    ],
    companions: [
      {
        name: 'username',
        pattern:
          /(?:bind[_.-]?dn|ldap[_.-]?(?:bind[_.-]?)?(?:user(?:name)?|dn)|manager[_.-]?dn)["']?[ \t]*[:=][ \t]*["']?(?<value>[^"'\r\n]{3,200}?)["']?[ \t]*$/im,
        withinLines: 4,
      },
    ],
    guide: dbGuide(
      'Binds to the directory as that service account: read (often all) users and groups, and write where its ACLs allow.',
      "Change the service account's password in the directory (e.g. `ldappasswd` or Active Directory Users and Computers → Reset Password) and update the applications that bind with it.",
    ),
  }),
];
