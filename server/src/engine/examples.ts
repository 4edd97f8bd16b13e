/** Parsing of detector examples: «…» marks the expected highlight of a positive example. */
import type { Example, Range } from './types.js';

export interface ParsedExample {
  readonly text: string;
  readonly path?: string;
  /** The marked range, for positives. */
  readonly expected?: Range;
}

export function parseExample(example: Example): ParsedExample {
  const raw = typeof example === 'string' ? example : example.text;
  const path = typeof example === 'string' ? undefined : example.path;
  const open = raw.indexOf('«');
  const close = raw.indexOf('»');
  if (open === -1 || close === -1 || close < open) return { text: raw, ...(path ? { path } : {}) };
  const text = raw.slice(0, open) + raw.slice(open + 1, close) + raw.slice(close + 1);
  return { text, expected: [open, close - 1], ...(path ? { path } : {}) };
}
