/**
 * ODBC / ADO.NET connection strings with a password (`Server=…;User Id=…;Password=…;`). The highlight is
 * always the password alone; user, host and port become parts (ENGINE.md "Multi-match and multi-line
 * secrets").
 */
import { PASSWORD_CHECKS, ROTATE_DB_USER, dbGuide, defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'odbc.connection-string',
    title: 'ODBC / ADO.NET connection string with password',
    keywords: ['password=', 'pwd=', 'password =', 'pwd ='],
    // `Server=…;User Id=…;Password=…;` / `Uid=…;Pwd=…` (ADO.NET and ODBC keyword syntax); ODBC braces `{…}`.
    // The value is captured in a lookahead and re-matched by reference (an atomic group): no backtracking.
    pattern: /(?<![A-Za-z0-9_.-])(?:password|pwd)[ \t]*=[ \t]*\{?(?=(?<secret>[^;{}"'\s]{1,200}))\k<secret>\}?[ \t]*(?=;|["'\r\n]|$)/im,
    post: [
      ...PASSWORD_CHECKS,
      ({ line, text, range }) => {
        // The string literal (or the whole line, unquoted) that holds the password.
        const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
        const before = text.slice(lineStart, range[0]);
        const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"));
        const after = line.slice(range[1] - lineStart);
        const close = after.search(/["']/);
        const segment = before.slice(open + 1) + text.slice(range[0], range[1]) + (close === -1 ? after : after.slice(0, close));
        return /(?:^|[;\s])(?:server|data source|host|address|addr|network address|driver|dsn|initial catalog|database|hostname)[ \t]*=/i.test(
          segment,
        ) && /;/.test(segment)
          ? undefined
          : 'not a connection string';
      },
      ({ line }) =>
        /(?:^|[;"'\s])(?:user id|uid|user|username|userid)[ \t]*=[ \t]*(?:sa|root)[ \t]*;/i.test(line) &&
        /(?:server|data source|host)[ \t]*=[ \t]*(?:\(local\)|\.|localhost|127\.0\.0\.1)[ \t]*[;,]/i.test(line) &&
        /password[ \t]*=[ \t]*(?:sa|root)?[ \t]*;/i.test(line)
          ? 'local development default'
          : undefined,
      ({ value }) => (/^\s|\s$/.test(value) ? 'padded value' : undefined),
    ],
    companions: [
      {
        name: 'username',
        pattern: /(?:^|[;"'\s])(?:user id|uid|user|username|userid)[ \t]*=[ \t]*(?<value>[^;"'\r\n]{1,128})/i,
        withinLines: 0,
      },
      {
        name: 'host',
        pattern: /(?:^|[;"'\s])(?:server|data source|host|address|addr|hostname)[ \t]*=[ \t]*(?:tcp:)?(?<value>[^;,"'\r\n]{1,253})/i,
        withinLines: 0,
      },
    ],
    guide: dbGuide(
      "Access to the SQL Server / ODBC data source with that login's rights.",
      `${ROTATE_DB_USER} Azure SQL: Reset password in the portal; prefer Managed Identity / Integrated Security.`,
    ),
  }),
];
