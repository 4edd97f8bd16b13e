/**
 * The one-line code context a text report shows under a finding, with every secret on that line
 * redacted — the finding's own and any other finding's — and, as a second guard, any long token
 * mixing letters and digits (a secret the engine did not report must not reach a CI log either).
 */
import { redact } from '../engine/redact.js';

const MAX_WIDTH = 120;
/** Long letter+digit runs: what keys and tokens look like, and what identifiers rarely are. */
const TOKEN_LIKE = /[A-Za-z0-9+/=_-]{20,}/g;

/** `ranges`: [start, end) offsets in `text` of everything secret (all findings of the document). */
export function codeContext(text: string, at: number, ranges: readonly (readonly [number, number])[]): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  const lineEnd = newline === -1 ? text.length : newline;
  const clipped = ranges
    .map(([s, e]) => [Math.max(s, lineStart), Math.min(e, lineEnd)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of clipped) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let out = '';
  let cursor = lineStart;
  let focus = 0;
  for (const [s, e] of merged) {
    out += maskTokens(text.slice(cursor, s));
    if (s <= at && at < e + 1) focus = out.length;
    out += redact(text.slice(s, e));
    cursor = e;
  }
  out += maskTokens(text.slice(cursor, lineEnd));
  return fit(out.replace(/\t/g, ' ').replace(/\r$/, ''), focus);
}

function maskTokens(plain: string): string {
  return plain.replace(TOKEN_LIKE, (token) => (/[0-9]/.test(token) && /[A-Za-z]/.test(token) ? redact(token) : token));
}

/** At most MAX_WIDTH characters, keeping the secret in view; leading indentation dropped. */
function fit(line: string, focus: number): string {
  const indent = line.length - line.trimStart().length;
  const text = line.trim();
  if (text.length <= MAX_WIDTH) return text;
  const at = Math.max(0, focus - indent);
  const start = Math.max(0, Math.min(at - 40, text.length - MAX_WIDTH));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + MAX_WIDTH)}${start + MAX_WIDTH < text.length ? '…' : ''}`;
}
