/** Parsing of detector examples: each «…» pair marks one expected highlight of a positive example. */
import type { Example, Range } from './types.js';

export interface ParsedExample {
  readonly text: string;
  readonly path?: string;
  /** The first marked range, for positives. */
  readonly expected?: Range;
  /** Every marked range, in order (a positive may mark several secrets). */
  readonly expectedRanges: readonly Range[];
}

/** Removes the «» markers; each pair becomes a range of the remaining text. An unpaired marker stays as text. */
export function parseExample(example: Example): ParsedExample {
  const raw = typeof example === 'string' ? example : example.text;
  const path = typeof example === 'string' ? undefined : example.path;
  let text = '';
  const ranges: Range[] = [];
  let cursor = 0;
  for (;;) {
    const open = raw.indexOf('«', cursor);
    const close = open === -1 ? -1 : raw.indexOf('»', open + 1);
    if (open === -1 || close === -1) break;
    text += raw.slice(cursor, open);
    const start = text.length;
    text += raw.slice(open + 1, close);
    ranges.push([start, text.length]);
    cursor = close + 1;
  }
  text += raw.slice(cursor);
  return { text, expectedRanges: ranges, ...(ranges[0] ? { expected: ranges[0] } : {}), ...(path ? { path } : {}) };
}
