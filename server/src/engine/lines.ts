/** Line bookkeeping over a text: offsets ↔ 0-based line/character (UTF-16, as LSP counts). */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line containing `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  position(offset: number): { line: number; character: number } {
    const line = this.lineAt(offset);
    return { line, character: offset - this.starts[line]! };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** End of the line's content (before `\r\n` / `\n`). */
  lineEnd(line: number): number {
    if (line >= this.starts.length - 1) return this.text.length;
    let end = this.starts[line + 1]! - 1;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/**
 * Start of the line that holds `offset` (no index needed: for one-off lookups). Looks back at most
 * `limit` characters: on a megabyte-long minified line, a caller wants nearby context, not the
 * true line start, and an unbounded search per candidate would be quadratic.
 */
export function lineStartOf(text: string, offset: number, limit = 64 * 1024): number {
  const floor = Math.max(0, offset - limit);
  // A native search over a bounded slice (O(1) to make): the JS loop it replaces was a tenth of a
  // tree scan, one walk per keyword hit; the bound keeps a hit on a minified line from walking it all.
  const at = text.slice(floor, offset).lastIndexOf('\n');
  return at === -1 ? floor : floor + at + 1;
}

export function lineEndOf(text: string, offset: number, limit = 64 * 1024): number {
  const ceiling = Math.min(text.length, offset + limit);
  const at = offset < ceiling ? text.slice(offset, ceiling).indexOf('\n') : -1;
  const end = at === -1 ? ceiling : offset + at;
  return end > 0 && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
