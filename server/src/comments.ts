/**
 * Language-aware inline allow comments (vscode-eslint `languageDefaults.ts` habit): which comment
 * syntax a language has, whether a trailing comment can go on a given line, and the edit that adds
 * `leakproof:allow` — merged into a comment already on the line rather than adding a second one.
 *
 * The scanner honours the marker anywhere on a line of the secret (insights.ts), so what matters
 * here is only that the edit keeps the file valid: never inside a string, never in a format that
 * has no trailing comments (JSON, `.properties`, INI, PEM files). There the config-file fix is
 * offered instead.
 */
export const ALLOW_MARKER = 'leakproof:allow';

export type CommentSyntax =
  | { readonly kind: 'line'; readonly token: string; readonly needsSpaceBefore?: boolean }
  | { readonly kind: 'block'; readonly open: string; readonly close: string }
  | { readonly kind: 'none'; readonly reason: string };

/** Quote rules of a language, for finding where strings end and comments begin on a line. */
interface Flavour {
  readonly syntax: CommentSyntax;
  /** Quote characters that open strings anywhere (YAML/dotenv: only at the start of a value). */
  readonly quotes: string;
  readonly quotesOnlyAtValueStart?: boolean;
  /** Python-style triple quotes. */
  readonly tripleQuotes?: boolean;
  /** Backslash escapes inside strings. */
  readonly escapes?: boolean;
}

const SLASH: Flavour = { syntax: { kind: 'line', token: '//' }, quotes: '"\'`', escapes: true };
const HASH: Flavour = { syntax: { kind: 'line', token: '#' }, quotes: '"\'', escapes: true };
const HASH_VALUE: Flavour = { syntax: { kind: 'line', token: '#', needsSpaceBefore: true }, quotes: '"\'', quotesOnlyAtValueStart: true };
const DASH: Flavour = { syntax: { kind: 'line', token: '--' }, quotes: '"\'' };
const PERCENT: Flavour = { syntax: { kind: 'line', token: '%' }, quotes: '"\'' };
const SEMI: Flavour = { syntax: { kind: 'line', token: ';' }, quotes: '"' };
const TICK: Flavour = { syntax: { kind: 'line', token: "'" }, quotes: '"' };
const HTML: Flavour = { syntax: { kind: 'block', open: '<!--', close: '-->' }, quotes: '' };
const CSS: Flavour = { syntax: { kind: 'block', open: '/*', close: '*/' }, quotes: '"\'', escapes: true };
const none = (reason: string): Flavour => ({ syntax: { kind: 'none', reason }, quotes: '' });

/** languageId (VS Code's and Neovim's filetype names) → comment flavour. */
const LANGUAGES: Record<string, Flavour> = {
  javascript: SLASH,
  typescript: SLASH,
  javascriptreact: SLASH,
  typescriptreact: SLASH,
  jsonc: SLASH,
  json5: SLASH,
  c: SLASH,
  cpp: SLASH,
  csharp: SLASH,
  cs: SLASH,
  java: SLASH,
  kotlin: SLASH,
  scala: SLASH,
  go: SLASH,
  rust: SLASH,
  swift: SLASH,
  dart: SLASH,
  php: SLASH,
  groovy: SLASH,
  'objective-c': SLASH,
  objc: SLASH,
  'objective-cpp': SLASH,
  fsharp: SLASH,
  proto: SLASH,
  solidity: SLASH,
  zig: SLASH,
  jsonnet: SLASH,
  scss: SLASH,
  less: SLASH,
  cuda: SLASH,
  python: { ...HASH, tripleQuotes: true },
  ruby: HASH,
  shellscript: HASH,
  sh: HASH,
  bash: HASH,
  zsh: HASH,
  fish: HASH,
  perl: HASH,
  r: HASH,
  elixir: HASH,
  nix: HASH,
  powershell: HASH,
  ps1: HASH,
  coffeescript: HASH,
  julia: HASH,
  crystal: HASH,
  nim: HASH,
  graphql: HASH,
  dockerfile: HASH,
  makefile: HASH,
  make: HASH,
  cmake: HASH,
  toml: HASH,
  terraform: HASH,
  hcl: HASH,
  tcl: HASH,
  starlark: HASH,
  bazel: HASH,
  conf: HASH,
  nginx: HASH,
  gitignore: HASH,
  yaml: HASH_VALUE,
  dockercompose: HASH_VALUE,
  'github-actions-workflow': HASH_VALUE,
  dotenv: HASH_VALUE,
  env: HASH_VALUE,
  sql: DASH,
  mysql: DASH,
  pgsql: DASH,
  plsql: DASH,
  lua: DASH,
  haskell: DASH,
  elm: DASH,
  ada: DASH,
  latex: PERCENT,
  tex: PERCENT,
  erlang: PERCENT,
  matlab: PERCENT,
  octave: PERCENT,
  clojure: SEMI,
  lisp: SEMI,
  scheme: SEMI,
  racket: SEMI,
  vb: TICK,
  vba: TICK,
  html: HTML,
  xml: HTML,
  xhtml: HTML,
  markdown: HTML,
  svg: HTML,
  xsl: HTML,
  css: CSS,
  json: none('JSON has no comments'),
  properties: none('a trailing # would become part of a .properties value'),
  jproperties: none('a trailing # would become part of a .properties value'),
  ini: none('INI files have no trailing comments'),
  dosini: none('INI files have no trailing comments'),
  plaintext: none('plain text has no comment syntax'),
  text: none('plain text has no comment syntax'),
  pem: none('key files have no comment syntax'),
  csv: none('CSV has no comment syntax'),
};

/** File name → languageId, for clients that send a generic language (`plaintext`) or none. */
const BY_NAME: readonly [RegExp, string][] = [
  [/(?:^|\/)\.env(?:\.[^/]*)?$|\.env$/i, 'dotenv'],
  [/\.(?:m|c)?[jt]sx?$/i, 'typescript'],
  [/\.py$/i, 'python'],
  [/\.go$/i, 'go'],
  [/\.java$/i, 'java'],
  [/\.kts?$/i, 'kotlin'],
  [/\.cs$/i, 'csharp'],
  [/\.rb$/i, 'ruby'],
  [/\.php$/i, 'php'],
  [/\.(?:sh|bash|zsh)$/i, 'shellscript'],
  [/\.ya?ml$/i, 'yaml'],
  [/\.json$/i, 'json'],
  [/\.jsonc$/i, 'jsonc'],
  [/\.toml$/i, 'toml'],
  [/\.(?:pem|key|crt|p12|pfx)$/i, 'pem'],
  [/\.properties$/i, 'properties'],
  [/\.ini$/i, 'ini'],
  [/\.md$/i, 'markdown'],
  [/\.rs$/i, 'rust'],
  [/(?:^|\/)Dockerfile[^/]*$/i, 'dockerfile'],
  [/\.tf(?:vars)?$/i, 'terraform'],
];

/** The language to use for a document: its languageId when we know it, else one guessed from its name. */
export function languageOf(languageId: string | undefined, path: string | undefined): string {
  const id = (languageId ?? '').toLowerCase();
  if (id && id !== 'plaintext' && id !== 'text' && LANGUAGES[id]) return id;
  // Neovim calls `.env` files `sh`; VS Code may call them `properties` or `plaintext`.
  if (path) for (const [pattern, language] of BY_NAME) if (pattern.test(path.replace(/\\/g, '/'))) return language;
  return id || 'plaintext';
}

export function commentSyntax(language: string): CommentSyntax {
  return (LANGUAGES[language] ?? none(`no known comment syntax for ${language}`)).syntax;
}

/** Comments that tools parse: stack ours after them instead of writing into them. */
const DIRECTIVE =
  /^\s*(?:noqa|type:|pylint:|mypy:|pyright:|eslint|@ts-|nolint|NOSONAR|prettier-ignore|istanbul|c8 |noinspection|rubocop:|phpcs:|shellcheck|fmt:|isort:|pragma|nosec|coverage:)/i;

export type AllowEdit =
  { readonly kind: 'insert'; readonly character: number; readonly text: string } | { readonly kind: 'impossible'; readonly reason: string };

interface LineScan {
  /** Where a comment starts on the line (outside strings), or -1. */
  readonly commentStart: number;
  /** The line ends inside a string literal. */
  readonly endsInString: boolean;
}

function scanLine(line: string, flavour: Flavour): LineScan {
  const { syntax } = flavour;
  const token = syntax.kind === 'line' ? syntax.token : syntax.kind === 'block' ? syntax.open : undefined;
  let quote = '';
  let valueStart = true; // YAML/dotenv: a quote opens a string only where a value starts
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (flavour.escapes && ch === '\\') {
        i++;
        continue;
      }
      if (quote.length === 3 ? line.startsWith(quote, i) : ch === quote) {
        i += quote.length - 1;
        quote = '';
      }
      continue;
    }
    if (token && line.startsWith(token, i)) {
      const spaced = syntax.kind !== 'line' || !syntax.needsSpaceBefore || i === 0 || /\s/.test(line[i - 1]!);
      if (spaced) return { commentStart: i, endsInString: false };
    }
    if (flavour.quotes.includes(ch) && (!flavour.quotesOnlyAtValueStart || valueStart)) {
      quote = flavour.tripleQuotes && line.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      i += quote.length - 1;
      continue;
    }
    if (flavour.quotesOnlyAtValueStart) {
      if (ch === ':' || ch === '=' || ch === '[' || ch === '{' || ch === ',' || (ch === '-' && /^\s*$/.test(line.slice(0, i))))
        valueStart = true;
      else if (!/\s/.test(ch)) valueStart = false;
    }
  }
  return { commentStart: -1, endsInString: quote !== '' };
}

/**
 * The edit that puts `leakproof:allow` on `line` (the text of one line, without its end of line),
 * or why it cannot.
 */
export function allowCommentEdit(line: string, language: string): AllowEdit {
  const flavour = LANGUAGES[language] ?? none(`no known comment syntax for ${language}`);
  const { syntax } = flavour;
  if (syntax.kind === 'none') return { kind: 'impossible', reason: syntax.reason };
  if (line.includes(ALLOW_MARKER)) return { kind: 'impossible', reason: 'the line already has the marker' };
  const { commentStart, endsInString } = scanLine(line, flavour);
  const end = line.trimEnd().length;
  if (commentStart >= 0) {
    if (syntax.kind === 'block') {
      const close = line.indexOf(syntax.close, commentStart + syntax.open.length);
      // Inside the existing block comment, before its end (or at the line end if it goes on).
      const at = close === -1 ? end : close;
      const before = line.slice(0, at);
      return { kind: 'insert', character: at, text: `${/\s$/.test(before) ? '' : ' '}${ALLOW_MARKER}${close === -1 ? '' : ' '}` };
    }
    const body = line.slice(commentStart + syntax.token.length);
    if (DIRECTIVE.test(body)) return { kind: 'insert', character: end, text: `  ${syntax.token} ${ALLOW_MARKER}` };
    return { kind: 'insert', character: end, text: `${body.trim() ? ' ' : ''}${ALLOW_MARKER}` };
  }
  if (endsInString) return { kind: 'impossible', reason: 'the line ends inside a string' };
  const gap = end === 0 ? '' : '  ';
  if (syntax.kind === 'block') return { kind: 'insert', character: end, text: `${gap}${syntax.open} ${ALLOW_MARKER} ${syntax.close}` };
  return { kind: 'insert', character: end, text: `${gap}${syntax.token} ${ALLOW_MARKER}` };
}
