/**
 * Inline allow markers (`leakproof:allow`, and those of other tools users already have: gitleaks,
 * detect-secrets, GitGuardian, TruffleHog) count only inside a comment of the file's language: the
 * same word inside a string literal — a minified bundle, a test fixture, a log line — allowlists
 * nothing (issue 8 item 8). The engine is pure, so this is its own small comment finder; the
 * editor-side one (server/src/comments.ts) decides where a quick fix may *insert* a marker.
 *
 * Two forms: a marker in a comment on a line of the secret, and `leakproof:allow-next-line` in a
 * comment on the line just above the secret (for formats where a trailing comment would change
 * the value, e.g. YAML block scalars).
 */

const MARKER = /leakproof:allow(?:-next-line)?|gitleaks:allow|pragma:\s*allowlist[ -]secret|ggignore|trufflehog:ignore/gi;
const NEXT_LINE = 'leakproof:allow-next-line';

export interface CommentStyle {
  /** Tokens that start a comment running to the end of the line. */
  readonly line: readonly string[];
  /** Block comments: open and close. */
  readonly block: readonly (readonly [string, string])[];
  /** Quote characters that open string literals (a comment token inside one is not a comment). */
  readonly quotes: string;
  /** `#` starts a comment only at the line start or after a blank (YAML, dotenv, shell). */
  readonly lineTokenNeedsBlank?: boolean;
}

const C_LIKE: CommentStyle = { line: ['//'], block: [['/*', '*/']], quotes: '"\'`' };
const HASH: CommentStyle = { line: ['#'], block: [], quotes: '"\'', lineTokenNeedsBlank: true };
const PYTHON: CommentStyle = { line: ['#'], block: [], quotes: '"\'' };
const SQL: CommentStyle = { line: ['--'], block: [['/*', '*/']], quotes: '"\'' };
// Markup prose is full of apostrophes and quotes outside any string: only `<!-- -->` counts.
const MARKUP: CommentStyle = { line: [], block: [['<!--', '-->']], quotes: '' };
const CSS: CommentStyle = { line: [], block: [['/*', '*/']], quotes: '"\'' };
const INI: CommentStyle = { line: [';', '#'], block: [], quotes: '"', lineTokenNeedsBlank: true };
const LISP: CommentStyle = { line: [';'], block: [], quotes: '"' };
const PERCENT: CommentStyle = { line: ['%'], block: [], quotes: '"\'' };
const TICK: CommentStyle = { line: ["'"], block: [], quotes: '"' };
/** Files of no known language: any of the common comment openers, outside quotes. */
const ANY: CommentStyle = {
  line: ['//', '#', '--', ';'],
  block: [
    ['/*', '*/'],
    ['<!--', '-->'],
  ],
  quotes: '"\'`',
  lineTokenNeedsBlank: true,
};

const BY_EXTENSION: Record<string, CommentStyle> = {};
function register(style: CommentStyle, extensions: string): void {
  for (const extension of extensions.split(' ')) BY_EXTENSION[extension] = style;
}
register(
  C_LIKE,
  'js mjs cjs jsx ts mts cts tsx c h cc cpp cxx hpp cs java kt kts scala groovy gradle go rs swift dart php jsonc json5 proto sol zig scss less vue svelte',
);
register(
  HASH,
  'sh bash zsh fish rb pl pm r ex exs nix ps1 psm1 coffee jl cr nim graphql gql tf tfvars hcl toml yaml yml env conf cfg mk cmake dockerfile bzl properties',
);
register(PYTHON, 'py pyi pyw');
register(SQL, 'sql psql pgsql lua hs elm ada');
register(MARKUP, 'html htm xml xhtml svg md markdown xsl xaml csproj plist');
register(CSS, 'css');
register(INI, 'ini cnf');
register(LISP, 'clj cljs edn lisp el scm rkt');
register(PERCENT, 'tex erl');
register(TICK, 'vb vbs bas');

/** The comment syntax of a document, from its path (name-only formats first), else the permissive default. */
export function commentStyleFor(path: string | undefined): CommentStyle {
  if (!path) return ANY;
  const name = path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  if (/^(?:\.env(?:\..*)?|dockerfile.*|makefile|gnumakefile|\.bashrc|\.zshrc|\.profile|\.gitignore|\.npmrc|\.pypirc|\.netrc)$/.test(name))
    return HASH;
  const dot = name.lastIndexOf('.');
  if (dot === -1) return ANY;
  return BY_EXTENSION[name.slice(dot + 1)] ?? ANY;
}

/**
 * The comment spans of one line (start inclusive, end exclusive), skipping string literals. A line
 * that starts inside a multi-line string or comment is read as if it did not: callers only need
 * "is this marker written in a comment", and a marker on a continuation line of a block comment
 * (` * leakproof:allow`) is accepted because a line that opens no string and holds no code token
 * before the marker is treated as comment text below.
 */
function commentSpans(line: string, style: CommentStyle): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    const block = style.block.find(([open]) => line.startsWith(open, i));
    if (block) {
      const close = line.indexOf(block[1], i + block[0].length);
      const end = close === -1 ? line.length : close + block[1].length;
      spans.push([i, end]);
      i = end - 1;
      continue;
    }
    const lineToken = style.line.find((token) => line.startsWith(token, i));
    if (lineToken && (!style.lineTokenNeedsBlank || i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      spans.push([i, line.length]);
      break;
    }
    if (style.quotes.includes(ch) && opensString(line, i)) quote = ch;
  }
  return spans;
}

/**
 * A quote after a letter is an apostrophe (`it's`, `don't`), not a string, except for the short
 * string prefixes of Python, C# and others (`f"…"`, `rb'…'`, `@"…"`, `u8"…"`).
 */
function opensString(line: string, at: number): boolean {
  const before = /[A-Za-z0-9_]*$/.exec(line.slice(Math.max(0, at - 3), at))?.[0] ?? '';
  return before === '' || (/^(?:[fFrRbBuU]{1,2}|u8|L)$/.test(before) && !/[A-Za-z0-9_]/.test(line[at - before.length - 1] ?? ''));
}

/** A block-comment continuation line: `* text`, ` * text` (JSDoc, C), with no code before the marker. */
function isCommentContinuation(line: string, style: CommentStyle): boolean {
  return style.block.length > 0 && /^\s*\*(?!\/)/.test(line);
}

export interface LineMarker {
  /** The marker as written (for the insight reason). */
  readonly marker: string;
  /** `allow-next-line`: applies to the following line, not this one. */
  readonly nextLine: boolean;
}

/** Whether `text` holds any marker at all: one linear pass lets a scan skip all per-finding work. */
export function mentionsAllowMarker(text: string): boolean {
  MARKER.lastIndex = 0;
  return MARKER.test(text);
}

/** The allow marker written in a comment on `line` (one line, no line break), if any. */
export function allowMarkerOn(line: string, style: CommentStyle): LineMarker | undefined {
  if (!mentionsAllowMarker(line)) return undefined; // fast path: most lines hold no marker at all
  const spans = isCommentContinuation(line, style) ? [[0, line.length] as [number, number]] : commentSpans(line, style);
  for (const [start, end] of spans) {
    MARKER.lastIndex = 0;
    const comment = line.slice(start, end);
    const match = MARKER.exec(comment);
    if (match) return { marker: match[0], nextLine: match[0].toLowerCase() === NEXT_LINE };
  }
  return undefined;
}
