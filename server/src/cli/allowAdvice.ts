/**
 * Which allow fixes work for a file: an inline `leakproof:allow` comment needs a file format with
 * comments (JSON, notebooks, CSV and key files have none — advising one there breaks the file or
 * does nothing), while an allowlist hash works for every file. Shared by the text report and the
 * hooks' advice, so both offer only what works.
 */
import { commentStyleFor } from '../engine/allow-markers.js';
import type { ReportedFinding } from './report.js';

/** Formats without comments: a marker there is either a syntax error or plain data. */
const NO_COMMENTS = /\.(?:json|jsonl|ndjson|geojson|ipynb|webmanifest|har|csv|tsv|pem|key|crt|cer|der|p8|p12|pfx|jks|keystore|lock)$/i;

/** The comment to write on the line (e.g. `# leakproof:allow`), or undefined when the file takes none. */
export function allowComment(path: string): string | undefined {
  if (NO_COMMENTS.test(path)) return undefined;
  const style = commentStyleFor(path);
  // Files of no known language accept several openers: name the marker, not one syntax.
  if (style.line.length > 1) return 'leakproof:allow';
  if (style.line[0]) return `${style.line[0]} leakproof:allow`;
  const block = style.block[0];
  return block ? `${block[0]} leakproof:allow ${block[1]}` : undefined;
}

/** Every distinct hash of `findings`, in report order, with where it was first seen (for the hint). */
export function hashesToAllow(findings: readonly ReportedFinding[]): { hash: string; where: string }[] {
  const seen = new Map<string, string>();
  for (const f of findings) if (!seen.has(f.secretHash)) seen.set(f.secretHash, `${f.path}:${f.line} ${f.detector}`);
  return [...seen].map(([hash, where]) => ({ hash, where }));
}

/** One line saying how to allow inline, per comment syntax; files without comments are named apart. */
export function inlineAdvice(findings: readonly ReportedFinding[]): string[] {
  const byComment = new Map<string, Set<string>>();
  const without = new Set<string>();
  for (const f of findings) {
    const comment = allowComment(f.path);
    if (comment) byComment.set(comment, (byComment.get(comment) ?? new Set()).add(f.path));
    else without.add(f.path);
  }
  const lines: string[] = [];
  if (byComment.size > 0)
    lines.push(
      `add a comment on its line: ${[...byComment.keys()].map((c) => (c === 'leakproof:allow' ? 'a `leakproof:allow` comment' : `\`${c}\``)).join(' or ')}`,
    );
  if (without.size > 0)
    lines.push(`${[...without].slice(0, 3).join(', ')}${without.size > 3 ? ' …' : ''}: no comments in this format — allow by hash`);
  return lines;
}
