/**
 * "Move to an environment variable": the lookup expression per language, the variable's name, the
 * literal to replace, and the `.env` line. Pure functions over text; codeActions.ts turns them into
 * a WorkspaceEdit when the user picks the fix (never before: the `.env` line holds the value).
 */

export type EnvLanguage = 'js' | 'python' | 'go' | 'java' | 'csharp' | 'ruby' | 'php' | 'shell' | 'yaml';

const ENV_LANGUAGES: Record<string, EnvLanguage> = {
  javascript: 'js', typescript: 'js', javascriptreact: 'js', typescriptreact: 'js', vue: 'js', svelte: 'js',
  python: 'python',
  go: 'go',
  java: 'java', kotlin: 'java', groovy: 'java', scala: 'java',
  csharp: 'csharp', cs: 'csharp',
  ruby: 'ruby',
  php: 'php',
  shellscript: 'shell', sh: 'shell', bash: 'shell', zsh: 'shell',
  yaml: 'yaml', dockercompose: 'yaml',
};

export function envLanguage(language: string): EnvLanguage | undefined {
  return ENV_LANGUAGES[language];
}

/** The expression that reads `name` from the environment, replacing a literal (quoted or not). */
export function envLookup(language: EnvLanguage, name: string, quoted: boolean): string {
  switch (language) {
    case 'js':
      return `process.env.${name}`;
    case 'python':
      return `os.environ["${name}"]`;
    case 'go':
      return `os.Getenv("${name}")`;
    case 'java':
      return `System.getenv("${name}")`;
    case 'csharp':
      return `Environment.GetEnvironmentVariable("${name}")`;
    case 'ruby':
      return `ENV["${name}"]`;
    case 'php':
      return `getenv('${name}')`;
    case 'shell':
      return `"$${name}"`;
    case 'yaml':
      // Docker Compose (and most YAML-driven tools) interpolate ${NAME}; keep quotes if there were.
      return quoted ? `"\${${name}}"` : `\${${name}}`;
  }
}

/** `githubToken`, `api-key`, `$apiKey`, `self.db.password` → `GITHUB_TOKEN`, `API_KEY`, `API_KEY`, `PASSWORD`. */
export function toEnvName(identifier: string): string {
  return identifier
    .replace(/^[$@:]+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase()
    .replace(/^(\d)/, '_$1');
}

const GENERIC_NAMES = new Set(['TOKEN', 'KEY', 'SECRET', 'PASSWORD', 'PASS', 'PWD', 'PASSWD', 'API_KEY', 'APIKEY', 'AUTH', 'ACCESS_TOKEN', 'SECRET_KEY', 'CLIENT_SECRET', 'VALUE', 'VAL', 'CREDENTIAL', 'CREDENTIALS', 'AUTHORIZATION', 'BEARER', 'PRIVATE_KEY', 'WEBHOOK', 'URL', 'DSN']);

/** A name from the detector alone: `github.pat-classic` → `GITHUB_TOKEN`, `generic.password` → `PASSWORD`. */
export function nameFromDetector(detectorId: string): string {
  const [provider = 'SECRET', rest = ''] = detectorId.split(/\.(.*)/s);
  const suffix = /pat\b|token/.test(rest)
    ? 'TOKEN'
    : /password|passwd/.test(rest)
      ? 'PASSWORD'
      : /webhook/.test(rest)
        ? 'WEBHOOK_URL'
        : /private/.test(rest)
          ? 'PRIVATE_KEY'
          : /access-key-id/.test(rest)
            ? 'ACCESS_KEY_ID'
            : /secret/.test(rest)
              ? 'SECRET'
              : /connection|url|uri|dsn/.test(rest)
                ? 'URL'
                : /key/.test(rest)
                  ? 'API_KEY'
                  : toEnvName(rest) || 'SECRET';
  if (provider === 'generic' || provider === 'custom') return suffix;
  const prefix = toEnvName(provider);
  return suffix.startsWith(prefix) ? suffix : `${prefix}_${suffix}`;
}

/**
 * The variable name: the identifier the literal is assigned to (`const githubToken = "…"`,
 * `password: "…"`, `"apiKey": "…"`, `$token = '…'`), prefixed with the provider when it says no
 * more than "token"; else one from the detector.
 */
export function deriveEnvName(lineBeforeLiteral: string, detectorId: string, kind: 'specific' | 'generic'): string {
  const match = /([A-Za-z_$@][\w$-]*)["']?\]?\s*(?::=|=>|\?\?=|\|\|=|=|:)\s*$/.exec(lineBeforeLiteral);
  const name = match ? toEnvName(match[1]!) : '';
  if (!name || /^(?:CONST|LET|VAR|VAL|EXPORT|DEF|STRING|STR|FINAL|STATIC|PUBLIC|PRIVATE)$/.test(name)) return nameFromDetector(detectorId);
  if (kind === 'specific' && GENERIC_NAMES.has(name)) {
    const provider = toEnvName(detectorId.split('.')[0] ?? '');
    if (provider && !name.startsWith(provider)) return `${provider}_${name}`;
  }
  return name;
}

export interface Literal {
  /** Offsets of the whole literal (quotes and string prefix included). */
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/**
 * The literal around a secret at `[start, end)`, when the secret is all of it: `"ghp_…"`, `'…'`,
 * `` `…` ``, `"""…"""`, `r"…"`, or (YAML, shell, where values need no quotes) a bare value.
 */
export function literalAround(text: string, start: number, end: number, language: EnvLanguage): Literal | undefined {
  for (const quote of ['"""', "'''", '"', "'", '`']) {
    if (text.startsWith(quote, start - quote.length) && text.startsWith(quote, end)) {
      let from = start - quote.length;
      // Python/C# string prefixes (r"", b"", @"") belong to the literal.
      const prefix = /(?:^|[^\w])([rRbBuU]{1,2}|@)$/.exec(text.slice(Math.max(0, from - 3), from));
      if (prefix && (language === 'python' || language === 'csharp')) from -= prefix[1]!.length;
      return { start: from, end: end + quote.length, quoted: true };
    }
  }
  if (language === 'yaml' || language === 'shell') {
    const before = text[start - 1];
    const after = text[end];
    const boundaryBefore = before === undefined || /[\s=:]/.test(before);
    const boundaryAfter = after === undefined || /[\s#]/.test(after);
    if (boundaryBefore && boundaryAfter) return { start, end, quoted: false };
  }
  return undefined;
}

/** `NAME=value` for a `.env` file: bare when safe, else quoted (multi-line values escaped). */
export function dotenvLine(name: string, value: string): string {
  if (/^[A-Za-z0-9_\-.:/+=@%^~,]*$/.test(value)) return `${name}=${value}`;
  if (!/[\r\n']/.test(value)) return `${name}='${value}'`;
  const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n');
  return `${name}="${escaped}"`;
}

/** Existing assignments in a `.env` text: name → raw value text. */
export function dotenvNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (match) names.set(match[1]!, match[2]!);
  }
  return names;
}

/** Where to insert an import of `os` (Python) or `"os"` (Go), or undefined when already imported. */
export function importInsertion(text: string, language: EnvLanguage): { offset: number; text: string } | undefined {
  if (language === 'python') {
    if (/^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os\b(?![.\w])/m.test(text)) return undefined;
    const lines = text.split('\n');
    let offset = 0;
    let index = 0;
    const advance = () => {
      offset += lines[index]!.length + 1;
      index++;
    };
    while (index < lines.length && /^\s*(?:#.*)?\r?$/.test(lines[index]!)) advance(); // shebang, coding, comments
    const docstring = /^\s*[rRuU]?("""|''')/.exec(lines[index] ?? '');
    if (docstring) {
      const quote = docstring[1]!;
      const first = lines[index]!;
      const closesOnFirst = first.indexOf(quote, first.indexOf(quote) + 3) !== -1;
      advance();
      if (!closesOnFirst) {
        while (index < lines.length && !lines[index]!.includes(quote)) advance();
        if (index < lines.length) advance();
      }
    }
    while (index < lines.length && /^\s*from\s+__future__\s+import/.test(lines[index]!)) advance();
    if (offset > text.length) return { offset: text.length, text: '\nimport os\n' };
    return { offset, text: 'import os\n' };
  }
  if (language === 'go') {
    if (/^\s*import\s+(?:\w+\s+)?"os"|^\s*(?:\w+\s+)?"os"\s*$/m.test(text)) return undefined;
    const block = /^import\s*\(\s*\r?\n/m.exec(text);
    if (block) return { offset: block.index + block[0].length, text: '\t"os"\n' };
    const single = /^import\s+/m.exec(text);
    if (single) return { offset: single.index, text: 'import "os"\n' };
    const pkg = /^package\s+\w+[^\n]*\n/m.exec(text);
    if (pkg) return { offset: pkg.index + pkg[0].length, text: '\nimport "os"\n' };
    return undefined;
  }
  return undefined;
}
