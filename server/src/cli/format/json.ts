/** JSON report (documented in the README). Never holds a secret: values are redacted, ids are hashes. */
import type { Report } from '../report.js';

export const JSON_REPORT_VERSION = 1;

export function formatJson(report: Report, toolVersion: string): string {
  return `${JSON.stringify(
    {
      version: JSON_REPORT_VERSION,
      tool: { name: 'leakproof', version: toolVersion },
      findings: report.findings.map(({ secretHash: _hash, context: _context, ...finding }) => finding),
      skipped: report.skipped,
      capped: report.capped,
      ...(report.incomplete?.length ? { incomplete: report.incomplete } : {}),
      stats: report.stats,
    },
    null,
    2,
  )}\n`;
}
