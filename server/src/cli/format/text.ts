/** Human output: `path:line:col`, title, redacted value, detector id, and how to allow it. */
import { isAllowlisted, type Report } from '../report.js';

export interface TextStyle {
  readonly color: boolean;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

export function formatText(report: Report, style: TextStyle): string {
  const out: string[] = [];
  for (const finding of report.findings) {
    const level = finding.severity === 'error' ? paint(style.color, '31', 'error') : finding.severity === 'warning' ? paint(style.color, '33', 'warning') : 'note';
    const secret = finding.matches[0]?.redacted ?? '';
    const extra = finding.matches.slice(1).map((m) => `${m.name} ${m.redacted} (line ${m.line})`);
    const notes = finding.insights.map((i) => (i.kind === 'decoded' ? `decoded from Base64: ${i.redacted}` : i.kind === 'allowlisted' ? `allowlisted (${i.reason})` : i.kind.replace('_', ' ')));
    if (finding.commit) {
      const { hash, date, author, stillIn } = finding.commit;
      notes.unshift(`introduced in ${hash.slice(0, 12)} on ${date}${author ? ` by ${author}` : ''}${stillIn !== undefined ? `; still in ${stillIn} commit(s)` : ''}`);
    }
    out.push(`${paint(style.color, '1', `${finding.path}:${finding.line}:${finding.column}`)}  ${level}  ${finding.title}  ${secret}  [${finding.detector}]`);
    if (extra.length > 0) out.push(`    with ${extra.join(', ')}`);
    if (notes.length > 0) out.push(`    ${notes.join('; ')}`);
    if (!isAllowlisted(finding)) {
      out.push(`    to allow: add a \`leakproof:allow\` comment on the line, or {"hash": "${finding.secretHash}"} to .leakproof.json "allowlist"`);
    }
  }
  for (const cap of report.capped) {
    out.push(`${cap.path}: ${cap.dropped} more ${cap.detector} finding(s) not shown (cap per file reached) — review the whole file`);
  }
  const { stats } = report;
  const mb = (stats.bytes / (1024 * 1024)).toFixed(2);
  const summary = `${stats.findings} finding(s) in ${stats.files} file(s) (${mb} MB, ${stats.durationMs} ms); ${stats.skipped} skipped`;
  const extras = [stats.allowlisted ? `${stats.allowlisted} allowlisted` : '', stats.baselined ? `${stats.baselined} in baseline` : ''].filter(Boolean);
  out.push(extras.length > 0 ? `${summary}; ${extras.join(', ')}` : summary);
  return `${out.join('\n')}\n`;
}
