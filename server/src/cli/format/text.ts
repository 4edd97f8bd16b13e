/**
 * Human output, grouped by file (as gitleaks and ggshield users read it): per finding its
 * `path:line:col`, severity, title, redacted value, detector and confidence, then the line of code with
 * every secret on it redacted; then the summary, and once per run how to allow the findings —
 * every hash listed, with only the inline fixes that work for those files.
 */
import { hashesToAllow, inlineAdvice } from '../allowAdvice.js';
import { isAllowlisted, type Report, type ReportedFinding } from '../report.js';
import { paint } from './color.js';
import { formatBytes } from './size.js';

export interface TextStyle {
  readonly color: boolean;
  /** List every skipped path with its reason (otherwise: a count per reason). */
  readonly showSkipped?: boolean;
  /** The closing "how to allow" (off when a hook's own advice follows, saying the same). */
  readonly allowHint?: boolean;
}

/** `binary-extension: binary file extension .png` → `binary-extension`. */
function reasonKind(reason: string): string {
  return reason.split(/[:(]/)[0]!.trim();
}

function findingLines(finding: ReportedFinding, color: boolean): string[] {
  const level =
    finding.severity === 'error'
      ? paint(color, '31', 'error')
      : finding.severity === 'warning'
        ? paint(color, '33', 'warning')
        : paint(color, '36', 'note');
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
  const out = [
    // `path:line:col` again under the heading: terminals and editors open it with a click.
    `  ${paint(color, '1', `${finding.path}:${finding.line}:${finding.column}`)}  ${level}  ${finding.title}  ${secret}  ${paint(color, '2', `[${finding.detector}, ${finding.confidence} confidence]`)}`,
  ];
  if (finding.context) out.push(`      ${paint(color, '2', '│')} ${finding.context}`);
  if (extra.length > 0) out.push(`      with ${extra.join(', ')}`);
  if (notes.length > 0) out.push(`      ${notes.join('; ')}`);
  return out;
}

export function formatText(report: Report, style: TextStyle): string {
  const out: string[] = [];
  const byFile = new Map<string, ReportedFinding[]>();
  for (const finding of report.findings) byFile.set(finding.path, [...(byFile.get(finding.path) ?? []), finding]);
  for (const [path, findings] of byFile) {
    out.push(paint(style.color, '1;4', path));
    for (const finding of findings) out.push(...findingLines(finding, style.color));
    out.push('');
  }
  for (const cap of report.capped) {
    out.push(`${cap.path}: ${cap.dropped} more ${cap.detector} finding(s) not shown (cap per file reached) — review the whole file`);
  }
  for (const file of report.incomplete ?? []) {
    out.push(`${paint(style.color, '1', file.path)}  ${paint(style.color, '31', 'not scanned')}  ${file.reason}`);
  }
  if (style.showSkipped) for (const file of report.skipped) out.push(`${file.path}  skipped  ${file.reason}`);
  const { stats } = report;
  const summary = `${stats.findings} finding(s) in ${stats.files} file(s) (${formatBytes(stats.bytes)}, ${stats.durationMs} ms); ${stats.skipped} skipped`;
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
  if (style.allowHint !== false) out.push(...allowHint(report.findings.filter((f) => !isAllowlisted(f))));
  return `${out.join('\n')}\n`;
}

/** How to allow, once per run: the inline fixes that work for these files, then every hash. */
export function allowHint(findings: readonly ReportedFinding[]): string[] {
  if (findings.length === 0) return [];
  const hashes = hashesToAllow(findings);
  return [
    '',
    'To allow a false positive or a test fixture:',
    ...inlineAdvice(findings).map((line) => `  - ${line}`),
    `  - or add ${hashes.length === 1 ? 'its hash' : `these ${hashes.length} hashes`} to .leakproof.json "allowlist":`,
    ...hashes.map(({ hash, where }, i) => `      {"hash": "${hash}"}${i < hashes.length - 1 ? ',' : ''}  // ${where}`),
  ];
}
