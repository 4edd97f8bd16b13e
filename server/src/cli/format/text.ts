/** Human output: `path:line:col`, title, redacted value, detector id, and how to allow it. */
import { isAllowlisted, type Report } from '../report.js';

export interface TextStyle {
  readonly color: boolean;
  /** List every skipped path with its reason (otherwise: a count per reason). */
  readonly showSkipped?: boolean;
}

/** `binary-extension: binary file extension .png` → `binary-extension`. */
function reasonKind(reason: string): string {
  return reason.split(/[:(]/)[0]!.trim();
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

export function formatText(report: Report, style: TextStyle): string {
  const out: string[] = [];
  for (const finding of report.findings) {
    const level =
      finding.severity === 'error'
        ? paint(style.color, '31', 'error')
        : finding.severity === 'warning'
          ? paint(style.color, '33', 'warning')
          : 'note';
    const secret = finding.matches[0]?.redacted ?? '';
    const extra = finding.matches.slice(1).map((m) => `${m.name} ${m.redacted} (line ${m.line})`);
    const notes: string[] = finding.insights.map((i) =>
      i.kind === 'decoded'
        ? `decoded from Base64: ${i.redacted}`
        : i.kind === 'allowlisted'
          ? `allowlisted (${i.reason})`
          : i.kind.replace('_', ' '),
    );
    if (finding.commit) {
      const { hash, date, author, stillIn } = finding.commit;
      notes.unshift(
        `introduced in ${hash.slice(0, 12)} on ${date}${author ? ` by ${author}` : ''}${stillIn !== undefined ? `; still in ${stillIn} commit(s)` : ''}`,
      );
    }
    if (finding.nonBlocking) notes.push(`not blocking: ${finding.nonBlocking}`);
    out.push(
      `${paint(style.color, '1', `${finding.path}:${finding.line}:${finding.column}`)}  ${level}  ${finding.title}  ${secret}  [${finding.detector}, ${finding.confidence} confidence]`,
    );
    if (extra.length > 0) out.push(`    with ${extra.join(', ')}`);
    if (notes.length > 0) out.push(`    ${notes.join('; ')}`);
    if (!isAllowlisted(finding)) {
      out.push(
        `    to allow: add a \`leakproof:allow\` comment on the line, or {"hash": "${finding.secretHash}"} to .leakproof.json "allowlist"`,
      );
    }
  }
  for (const cap of report.capped) {
    out.push(`${cap.path}: ${cap.dropped} more ${cap.detector} finding(s) not shown (cap per file reached) — review the whole file`);
  }
  for (const file of report.incomplete ?? []) {
    out.push(`${paint(style.color, '1', file.path)}  ${paint(style.color, '31', 'not scanned')}  ${file.reason}`);
  }
  if (style.showSkipped) for (const file of report.skipped) out.push(`${file.path}  skipped  ${file.reason}`);
  const { stats } = report;
  const mb = (stats.bytes / (1024 * 1024)).toFixed(2);
  const summary = `${stats.findings} finding(s) in ${stats.files} file(s) (${mb} MB, ${stats.durationMs} ms); ${stats.skipped} skipped`;
  const nonBlocking = report.findings.filter((f) => f.nonBlocking).length;
  const extras = [
    nonBlocking ? `${nonBlocking} not blocking` : '',
    stats.allowlisted ? `${stats.allowlisted} allowlisted` : '',
    stats.baselined ? `${stats.baselined} in baseline` : '',
    stats.belowConfidence ? `${stats.belowConfidence} below --min-confidence` : '',
  ].filter(Boolean);
  if (stats.skipped > 0 && !style.showSkipped) {
    const kinds = new Map<string, number>();
    for (const file of report.skipped) kinds.set(reasonKind(file.reason), (kinds.get(reasonKind(file.reason)) ?? 0) + 1);
    extras.push(`skipped: ${[...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ')} (--show-skipped lists them)`);
  }
  if (report.incomplete?.length) extras.push(`${report.incomplete.length} not scanned completely (error)`);
  out.push(extras.length > 0 ? `${summary}; ${extras.join('; ')}` : summary);
  if (stats.files === 0 && stats.skipped > 0) out.push(`nothing scanned: all ${stats.skipped} file(s) were skipped`);
  return `${out.join('\n')}\n`;
}
