/** SQL Server connection URIs with a password (CREDENTIAL-FORMATS.md §8). */
import { ROTATE_DB_USER, URI_PASSWORD_CHECKS, dbGuide, uri, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  uri({
    id: 'mssql.uri',
    title: 'SQL Server connection URI with password',
    schemes: 'sqlserver|mssql|tds',
    keywords: ['sqlserver', 'mssql', 'tds://'],
    post: URI_PASSWORD_CHECKS,
    guide: dbGuide(
      'Access to the SQL Server databases that login can use (often `sa`: the whole server).',
      `${ROTATE_DB_USER} In T-SQL: \`ALTER LOGIN name WITH PASSWORD = '…'\`; Azure SQL: reset in the portal.`,
    ),
  }),
];
