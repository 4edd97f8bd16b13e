/**
 * How far a detector's matches can reach from its keywords, read from the pattern's source.
 *
 * A document-scoped detector used to run its regex over the whole document as soon as one of its
 * keywords occurred anywhere (issue 10: on one 10 MB file, 73 % of the time). When the pattern
 * proves that every match *contains* a keyword (`ATBB[A-Za-z0-9]{20,32}…`, `(?:pplx\-)…`) and is at
 * most `maxLength` long, running it on windows of `hit ± (maxLength + margin)` around each keyword
 * hit (merged) gives exactly the same matches: any match lies in the window of the hit it holds,
 * with `margin` characters of real context on each side for lookarounds, `\b` and `^`/`$`, and a
 * match found in a window is one the whole document has too (it holds a hit, so it is as far from
 * the window's edges). Patterns that cannot be proved so (a context keyword elsewhere in the file,
 * unbounded repetition, a lookaround of unbounded length) keep whole-document scope.
 */

export interface PatternReach {
  /** Longest match, in UTF-16 code units. */
  readonly maxLength: number;
  /** Characters of context a match may inspect beyond its own ends (lookarounds, `\b`, anchors). */
  readonly margin: number;
}

/**
 * The reach of `pattern` when every match is proved to contain one of `keywords` (compared case
 * folded, as the keyword automaton does), else undefined. Never throws: an unexpected construct
 * just means "not proved".
 */
export function keywordAnchoredReach(pattern: RegExp, keywords: readonly string[]): PatternReach | undefined {
  if (keywords.length === 0) return undefined;
  try {
    const parser = new Parser(pattern.source, /[uv]/.test(pattern.flags));
    const root = parser.parse();
    const folded = keywords.map((k) => k.toLowerCase());
    const holdsKeyword = (literal: string) => folded.some((k) => literal.includes(k));
    if (!guaranteed(root, holdsKeyword)) return undefined;
    const maxLength = maxLengthOf(root, parser.groupMax);
    const lookaround = lookaroundReach(root, parser.groupMax);
    if (!Number.isFinite(maxLength) || !Number.isFinite(lookaround)) return undefined;
    // +2: `\b`, `^`/`$` (multiline) and single-character lookarounds inspect one neighbour; a
    // surrogate pair is two code units.
    return { maxLength, margin: lookaround + 2 };
  } catch {
    return undefined;
  }
}

type Node =
  | { readonly type: 'alt'; readonly branches: readonly Seq[] }
  | { readonly type: 'group'; readonly body: Node; readonly capture?: number; readonly look: boolean }
  | { readonly type: 'char'; readonly literal: string | undefined; readonly width: number }
  | { readonly type: 'assert' }
  | { readonly type: 'backref'; readonly ref: string | number };

interface Item {
  readonly atom: Node;
  readonly min: number;
  readonly max: number;
}

interface Seq {
  readonly items: readonly Item[];
}

/** A minimal parser of JavaScript regex syntax: enough for lengths and literal runs. */
class Parser {
  private at = 0;
  private groupCount = 0;
  private readonly names = new Map<string, number>();
  /** Longest match per capture group (number and name), filled as groups close (for backreferences). */
  readonly groupMax = new Map<string | number, number>();

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at !== this.source.length) throw new Error('unbalanced');
    return node;
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return { type: 'alt', branches };
  }

  private sequence(): Seq {
    const items: Item[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      items.push({ atom, min, max });
    }
    return { items };
  }

  private quantifier(): [number, number] {
    const s = this.source;
    let range: [number, number] = [1, 1];
    const c = s[this.at];
    if (c === '*') range = [0, Infinity];
    else if (c === '+') range = [1, Infinity];
    else if (c === '?') range = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (!m) return range; // a literal `{` (only outside unicode mode)
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length;
      if (s[this.at] === '?') this.at++;
      return [min, max];
    } else return range;
    this.at++;
    if (s[this.at] === '?') this.at++; // lazy
    return range;
  }

  private atom(): Node {
    const s = this.source;
    const c = s[this.at]!;
    const wide = this.unicode ? 2 : 1;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '^' || c === '$') {
      this.at++;
      return { type: 'assert' };
    }
    if (c === '.') {
      this.at++;
      return { type: 'char', literal: undefined, width: wide };
    }
    if (c === '\\') return this.escape(false);
    this.at++;
    return { type: 'char', literal: c.toLowerCase(), width: c.length };
  }

  private group(): Node {
    const s = this.source;
    this.at++; // (
    let capture: number | undefined;
    let look = false;
    let name: string | undefined;
    if (s[this.at] === '?') {
      const rest = s.slice(this.at, this.at + 4);
      if (rest.startsWith('?:')) this.at += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!') || rest.startsWith('?<=') || rest.startsWith('?<!')) {
        this.at += rest[1] === '<' ? 3 : 2;
        look = true;
      } else if (rest.startsWith('?<')) {
        const end = s.indexOf('>', this.at);
        name = s.slice(this.at + 2, end);
        this.at = end + 1;
        capture = ++this.groupCount;
        this.names.set(name, capture);
      } else throw new Error('unsupported group');
    } else capture = ++this.groupCount;
    const body = this.alternation();
    if (s[this.at] !== ')') throw new Error('unbalanced');
    this.at++;
    if (capture !== undefined) {
      const max = maxLengthOf(body, this.groupMax);
      this.groupMax.set(capture, max);
      if (name !== undefined) this.groupMax.set(name, max);
    }
    return { type: 'group', body, look, ...(capture === undefined ? {} : { capture }) };
  }

  /** A class is a literal when it only holds one letter in both cases (`[sS]`) or one character. */
  private characterClass(): Node {
    const s = this.source;
    const start = this.at;
    this.at++;
    if (s[this.at] === '^') this.at++;
    if (s[this.at] === ']') this.at++; // `[]…]` is not JS, but `[^]` is: harmless either way
    while (this.at < s.length && s[this.at] !== ']') {
      if (s[this.at] === '[') throw new Error('nested class'); // `v` mode set notation
      this.at += s[this.at] === '\\' ? 2 : 1;
    }
    if (s[this.at] !== ']') throw new Error('unterminated class');
    this.at++;
    const body = s.slice(start + 1, this.at - 1);
    const folded = new Set(body.toLowerCase());
    const literal =
      /^[A-Za-z]+$/.test(body) && folded.size === 1 ? [...folded][0] : body.length === 1 && body !== '^' ? body.toLowerCase() : undefined;
    return { type: 'char', literal, width: this.unicode ? 2 : 1 };
  }

  private escape(inClass: boolean): Node {
    const s = this.source;
    const next = s[this.at + 1];
    if (next === undefined) throw new Error('dangling escape');
    this.at += 2;
    const wide = this.unicode ? 2 : 1;
    if (next === 'b' || next === 'B') return inClass ? { type: 'char', literal: '\b', width: 1 } : { type: 'assert' };
    if ('dDwWsS'.includes(next)) return { type: 'char', literal: undefined, width: wide };
    if (next === 'p' || next === 'P') {
      const end = s.indexOf('}', this.at);
      this.at = end + 1;
      return { type: 'char', literal: undefined, width: wide };
    }
    if (next === 'k') {
      const end = s.indexOf('>', this.at);
      const name = s.slice(this.at + 1, end);
      this.at = end + 1;
      return { type: 'backref', ref: name };
    }
    if (/[1-9]/.test(next)) {
      let digits = next;
      while (/[0-9]/.test(s[this.at] ?? '')) digits += s[this.at++];
      return { type: 'backref', ref: Number(digits) };
    }
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (simple[next] !== undefined) return { type: 'char', literal: simple[next], width: 1 };
    if (next === 'x' || next === 'u' || next === 'c') {
      // \xHH, \uHHHH, \u{…}, \cX: one character whose literal value does not matter here
      const m = /^(?:[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}|\{[0-9A-Fa-f]+\}|[A-Za-z])/.exec(s.slice(this.at));
      if (m) this.at += m[0].length;
      return { type: 'char', literal: undefined, width: wide };
    }
    return { type: 'char', literal: next.toLowerCase(), width: 1 };
  }
}

function maxLengthOf(node: Node, groupMax: ReadonlyMap<string | number, number>): number {
  switch (node.type) {
    case 'alt':
      return Math.max(...node.branches.map((b) => b.items.reduce((sum, item) => sum + itemMax(item, groupMax), 0)));
    case 'group':
      return node.look ? 0 : maxLengthOf(node.body, groupMax);
    case 'char':
      return node.width;
    case 'assert':
      return 0;
    case 'backref':
      return groupMax.get(node.ref) ?? Infinity;
  }
}

function itemMax(item: Item, groupMax: ReadonlyMap<string | number, number>): number {
  if (item.max === 0) return 0;
  const one = maxLengthOf(item.atom, groupMax);
  return one === 0 ? 0 : one * item.max;
}

/** The longest text any lookaround inside `node` inspects. */
function lookaroundReach(node: Node, groupMax: ReadonlyMap<string | number, number>): number {
  switch (node.type) {
    case 'alt':
      return Math.max(0, ...node.branches.flatMap((b) => b.items.map((item) => lookaroundReach(item.atom, groupMax))));
    case 'group':
      return node.look
        ? Math.max(maxLengthOf(node.body, groupMax), lookaroundReach(node.body, groupMax))
        : lookaroundReach(node.body, groupMax);
    default:
      return 0;
  }
}

/** The exact text `node` always matches (case folded), or undefined when it varies. */
function fixedText(node: Node): string | undefined {
  switch (node.type) {
    case 'char':
      return node.literal;
    case 'assert':
      return '';
    case 'group':
      return node.look ? '' : fixedText(node.body);
    case 'backref':
      return undefined;
    case 'alt': {
      if (node.branches.length !== 1) return undefined;
      let text = '';
      for (const item of node.branches[0]!.items) {
        const one = fixedText(item.atom);
        if (one === undefined || item.min !== item.max) return undefined;
        text += one.repeat(item.min);
      }
      return text;
    }
  }
}

/** Whether every match of `node` contains, as consumed text, a literal that holds a keyword. */
function guaranteed(node: Node, holdsKeyword: (literal: string) => boolean): boolean {
  switch (node.type) {
    case 'alt':
      return node.branches.every((branch) => sequenceGuaranteed(branch, holdsKeyword));
    case 'group':
      return !node.look && guaranteed(node.body, holdsKeyword);
    default:
      return false;
  }
}

function sequenceGuaranteed(seq: Seq, holdsKeyword: (literal: string) => boolean): boolean {
  // Runs of consecutive fixed items are literal text every match holds; a repeated fixed item
  // contributes its mandatory copies and then ends the run (what follows may vary in position).
  let run = '';
  for (const item of seq.items) {
    const fixed = fixedText(item.atom);
    if (fixed !== undefined) {
      run += fixed.repeat(item.min);
      if (item.min === item.max) continue;
      if (holdsKeyword(run)) return true;
      run = '';
      continue;
    }
    if (holdsKeyword(run)) return true;
    run = '';
    if (item.min >= 1 && guaranteed(item.atom, holdsKeyword)) return true;
  }
  return holdsKeyword(run);
}
