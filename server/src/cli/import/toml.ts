/**
 * The subset of TOML a `.gitleaks.toml` uses: `[table]`, `[[array.of.tables]]`, `key = value` with
 * bare or quoted keys (dotted too), strings of all four kinds (basic, literal, and their multi-line
 * `"""`/`'''` forms — gitleaks writes its regexes as `'''…'''`), integers, floats, booleans,
 * arrays (multi-line, trailing commas, comments) and inline tables. That is all an allowlist needs;
 * a full parser would be a new runtime dependency for one migration command. Anything else is an
 * error naming the line and what was expected, never a silent skip.
 */

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export class TomlError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    problem: string,
  ) {
    super(`line ${line}, column ${column}: ${problem}`);
    this.name = 'TomlError';
  }
}

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\', e: '\u001b' };

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(problem: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    throw new TomlError(line, this.pos - before.lastIndexOf('\n'), problem);
  }
  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }
  startsWith(token: string): boolean {
    return this.text.startsWith(token, this.pos);
  }
  atEnd(): boolean {
    return this.pos >= this.text.length;
  }
  /** Spaces and tabs only. */
  skipInline(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }
  skipComment(): void {
    if (this.peek() === '#') while (!this.atEnd() && this.peek() !== '\n') this.pos++;
  }
  /** Whitespace, newlines and comments (inside arrays, between statements). */
  skipAll(): void {
    for (;;) {
      this.skipInline();
      this.skipComment();
      if (this.peek() === '\n' || this.peek() === '\r') this.pos++;
      else return;
    }
  }
  endOfLine(): void {
    this.skipInline();
    this.skipComment();
    if (this.peek() === '\r') this.pos++;
    if (!this.atEnd() && this.peek() !== '\n') this.fail(`expected the end of the line, found "${this.peek()}"`);
  }
}

function parseKey(r: Reader): string[] {
  const parts: string[] = [];
  for (;;) {
    r.skipInline();
    if (r.peek() === '"' || r.peek() === "'") parts.push(parseString(r));
    else {
      const start = r.pos;
      while (BARE_KEY.test(r.peek())) r.pos++;
      if (r.pos === start) r.fail('expected a key (letters, digits, "_" or "-", or a quoted key)');
      parts.push(r.text.slice(start, r.pos));
    }
    r.skipInline();
    if (r.peek() !== '.') return parts;
    r.pos++;
  }
}

function parseString(r: Reader): string {
  if (r.startsWith("'''")) return multiline(r, "'''", false);
  if (r.startsWith('"""')) return multiline(r, '"""', true);
  const quote = r.peek();
  r.pos++;
  let out = '';
  for (;;) {
    const c = r.peek();
    if (c === '' || c === '\n') r.fail(`a string that is not closed (missing ${quote} before the end of the line)`);
    r.pos++;
    if (c === quote) return out;
    if (c === '\\' && quote === '"') out += escape(r);
    else out += c;
  }
}

function multiline(r: Reader, delimiter: string, escapes: boolean): string {
  r.pos += 3;
  if (r.peek() === '\n') r.pos++;
  else if (r.startsWith('\r\n')) r.pos += 2;
  let out = '';
  for (;;) {
    if (r.atEnd()) r.fail(`a multi-line string that is not closed (missing ${delimiter})`);
    // Up to two quotes may end the content right before the closing delimiter.
    if (r.startsWith(delimiter) && !r.text.startsWith(delimiter, r.pos + 1)) {
      r.pos += 3;
      return out;
    }
    const c = r.peek();
    r.pos++;
    if (escapes && c === '\\') {
      if (/^[ \t]*\r?\n/.test(r.text.slice(r.pos))) {
        while (/\s/.test(r.peek())) r.pos++; // line-ending backslash: trims the following whitespace
      } else out += escape(r);
    } else out += c;
  }
}

function escape(r: Reader): string {
  const c = r.peek();
  r.pos++;
  if (c in ESCAPES) return ESCAPES[c]!;
  if (c === 'u' || c === 'U') {
    const length = c === 'u' ? 4 : 8;
    const hex = r.text.slice(r.pos, r.pos + length);
    if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== length) r.fail(`"\\${c}" needs ${length} hex digits`);
    r.pos += length;
    return String.fromCodePoint(parseInt(hex, 16));
  }
  return r.fail(`"\\${c}" is not an escape TOML knows (in a regex, write it as a literal string: '''…''')`);
}

function parseValue(r: Reader): TomlValue {
  r.skipInline();
  const c = r.peek();
  if (c === '"' || c === "'") return parseString(r);
  if (c === '[') return parseArray(r);
  if (c === '{') return parseInlineTable(r);
  const word = /^[A-Za-z0-9_+\-.:]+/.exec(r.text.slice(r.pos))?.[0] ?? '';
  if (word === 'true' || word === 'false') {
    r.pos += word.length;
    return word === 'true';
  }
  const number = word.replace(/_/g, '');
  if (/^[+-]?(\d+(\.\d+)?([eE][+-]?\d+)?|0x[0-9a-fA-F]+)$/.test(number)) {
    r.pos += word.length;
    return Number(number);
  }
  return r.fail('expected a value: a string in quotes, a number, true, false, an array [...] or an inline table {...}');
}

function parseArray(r: Reader): TomlValue[] {
  r.pos++;
  const items: TomlValue[] = [];
  for (;;) {
    r.skipAll();
    if (r.peek() === ']') {
      r.pos++;
      return items;
    }
    items.push(parseValue(r));
    r.skipAll();
    if (r.peek() === ',') r.pos++;
    else if (r.peek() !== ']') r.fail('expected a comma "," or the closing "]" of the array');
  }
}

function parseInlineTable(r: Reader): TomlTable {
  r.pos++;
  const table: TomlTable = {};
  r.skipInline();
  if (r.peek() === '}') {
    r.pos++;
    return table;
  }
  for (;;) {
    const key = parseKey(r);
    if (r.peek() !== '=') r.fail('expected "=" after the key');
    r.pos++;
    assign(r, table, key, parseValue(r));
    r.skipInline();
    if (r.peek() === '}') {
      r.pos++;
      return table;
    }
    if (r.peek() !== ',') r.fail('expected a comma "," or the closing "}" of the inline table');
    r.pos++;
  }
}

function assign(r: Reader, table: TomlTable, key: readonly string[], value: TomlValue): void {
  let target = table;
  for (const part of key.slice(0, -1)) {
    const next = (target[part] ??= {});
    if (typeof next !== 'object' || Array.isArray(next)) r.fail(`"${part}" is already a value, not a table`);
    target = next;
  }
  const last = key[key.length - 1]!;
  if (last in target) r.fail(`"${key.join('.')}" is defined twice`);
  target[last] = value;
}

/** The table a `[a.b]` / `[[a.b]]` header opens (the last element of an array of tables). */
function openTable(r: Reader, root: TomlTable, key: readonly string[], arrayOfTables: boolean): TomlTable {
  let target = root;
  key.forEach((part, index) => {
    const last = index === key.length - 1;
    let next = target[part];
    if (last && arrayOfTables) {
      if (next === undefined) next = target[part] = [];
      if (!Array.isArray(next)) r.fail(`"${key.join('.')}" is a table, not an array of tables`);
      const table: TomlTable = {};
      next.push(table);
      target = table;
      return;
    }
    if (next === undefined) next = target[part] = {};
    // A dotted header below an array of tables extends its last element (`[rules.allowlist]`).
    if (Array.isArray(next)) next = next[next.length - 1];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) r.fail(`"${part}" is already a value, not a table`);
    target = next;
  });
  return target;
}

export function parseToml(text: string): TomlTable {
  const r = new Reader(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const root: TomlTable = {};
  let current = root;
  for (;;) {
    r.skipAll();
    if (r.atEnd()) return root;
    if (r.peek() === '[') {
      const arrayOfTables = r.startsWith('[[');
      r.pos += arrayOfTables ? 2 : 1;
      const key = parseKey(r);
      if (!r.startsWith(arrayOfTables ? ']]' : ']')) r.fail(`expected "${arrayOfTables ? ']]' : ']'}" to close the table header`);
      r.pos += arrayOfTables ? 2 : 1;
      current = openTable(r, root, key, arrayOfTables);
    } else {
      const key = parseKey(r);
      if (r.peek() !== '=') r.fail('expected "=" after the key');
      r.pos++;
      assign(r, current, key, parseValue(r));
    }
    r.endOfLine();
  }
}
