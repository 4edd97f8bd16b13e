/**
 * "Move to an environment variable": the lookup expression per language, the variable's name, the
 * literal to replace, and the `.env` line. Pure functions over text; codeActions.ts turns them into
 * a WorkspaceEdit when the user picks the fix (never before: the `.env` line holds the value).
 */

export type EnvLanguage = 'js' | 'python' | 'go' | 'java' | 'csharp' | 'ruby' | 'php' | 'shell' | 'yaml';

const ENV_LANGUAGES: Record<string, EnvLanguage> = {
  javascript: 'js',
  typescript: 'js',
  javascriptreact: 'js',
  typescriptreact: 'js',
  vue: 'js',
  svelte: 'js',
  python: 'python',
  go: 'go',
  java: 'java',
  kotlin: 'java',
  groovy: 'java',
  scala: 'java',
  csharp: 'csharp',
  cs: 'csharp',
  ruby: 'ruby',
  php: 'php',
  shellscript: 'shell',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  yaml: 'yaml',
  dockercompose: 'yaml',
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

const GENERIC_NAMES = new Set([
  'TOKEN',
  'KEY',
  'SECRET',
  'PASSWORD',
  'PASS',
  'PWD',
  'PASSWD',
  'API_KEY',
  'APIKEY',
  'AUTH',
  'ACCESS_TOKEN',
  'SECRET_KEY',
  'CLIENT_SECRET',
  'VALUE',
  'VAL',
  'CREDENTIAL',
  'CREDENTIALS',
  'AUTHORIZATION',
  'BEARER',
  'PRIVATE_KEY',
  'WEBHOOK',
  'URL',
  'DSN',
]);

/** Variables the system or shell sets already: a moved secret named so would read the wrong value. */
const SYSTEM_NAMES = new Set([
  'USER',
  'USERNAME',
  'LOGNAME',
  'HOME',
  'PATH',
  'PWD',
  'OLDPWD',
  'SHELL',
  'TERM',
  'LANG',
  'HOST',
  'HOSTNAME',
  'TMPDIR',
  'TEMP',
  'TMP',
  'EDITOR',
  'DISPLAY',
  'MAIL',
  'UID',
  'PS1',
  'IFS',
]);

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

/** The identifier a value is assigned to, at the end of the text before the value. */
const IDENTIFIER_BEFORE_VALUE = /([A-Za-z_$@][\w$-]*)["']?\]?\s*(?::=|=>|\?\?=|\|\|=|=|:)\s*$/;

/**
 * The variable name: the identifier the literal is assigned to (`const githubToken = "…"`,
 * `password: "…"`, `"apiKey": "…"`, `$token = '…'`), prefixed with the provider when it says no
 * more than "token"; else one from the detector.
 */
export function deriveEnvName(lineBeforeLiteral: string, detectorId: string, kind: 'specific' | 'generic'): string {
  const match = IDENTIFIER_BEFORE_VALUE.exec(lineBeforeLiteral);
  const name = match ? toEnvName(match[1]!) : '';
  if (!name || /^(?:CONST|LET|VAR|VAL|EXPORT|DEF|STRING|STR|FINAL|STATIC|PUBLIC|PRIVATE)$/.test(name)) return nameFromDetector(detectorId);
  const provider = toEnvName(detectorId.split('.')[0] ?? '');
  if (kind === 'specific' && GENERIC_NAMES.has(name)) {
    if (provider && !name.startsWith(provider)) return `${provider}_${name}`;
  }
  // `os.environ["USER"]` reads the login name, `$PWD` the current folder: never reuse a name the
  // system already sets.
  if (SYSTEM_NAMES.has(name)) return `${kind === 'specific' && provider ? provider : 'APP'}_${name}`;
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

/**
 * How the variable reaches the program once its value sits in `.env` — said by the fix, because a
 * lookup that finds nothing at run time is a broken program, not a safer one (issue 12 item 4).
 */
export function envLoadingHint(language: EnvLanguage, name: string): string {
  const where = `${name} now comes from the environment; its local value is in .env (git-ignored). In CI and production, set ${name} in the secret store.`;
  switch (language) {
    case 'js':
      return `${where} Load .env with \`node --env-file=.env\` (Node 20.6+) or \`import 'dotenv/config'\` (dotenv).`;
    case 'python':
      return `${where} Load .env with python-dotenv: \`from dotenv import load_dotenv; load_dotenv()\`, or direnv (\`dotenv\` in .envrc).`;
    case 'go':
      return `${where} Load .env with github.com/joho/godotenv (\`godotenv.Load()\`), or direnv (\`dotenv\` in .envrc).`;
    case 'java':
      return `${where} Java does not read .env: add it to the IDE run configuration's environment, or use direnv (\`dotenv\` in .envrc).`;
    case 'csharp':
      return `${where} .NET does not read .env: use DotNetEnv (\`Env.Load()\`), launchSettings.json environmentVariables, or direnv.`;
    case 'ruby':
      return `${where} Load .env with the dotenv gem (\`require 'dotenv/load'\`), or direnv (\`dotenv\` in .envrc).`;
    case 'php':
      return `${where} Load .env with vlucas/phpdotenv (\`Dotenv\\Dotenv::createImmutable(__DIR__)->load()\`).`;
    case 'shell':
      return `${where} Load .env with \`set -a; . ./.env; set +a\`, or direnv (\`dotenv\` in .envrc).`;
    case 'yaml':
      return `${where} Docker Compose reads the .env next to the compose file by itself.`;
  }
}

/** A Kubernetes `Secret` manifest: kubectl does not substitute `${VAR}`, so no lookup can replace a value there. */
export function isKubernetesSecret(text: string): boolean {
  return /^\s*kind:\s*["']?Secret["']?\s*(?:#.*)?$/m.test(text) && /^\s*apiVersion:/m.test(text);
}

export const KUBERNETES_SECRET_ADVICE =
  'Kubernetes does not substitute `${VAR}`: create the Secret outside git (`kubectl create secret generic … --from-env-file=.env`) and use `secretKeyRef`, or commit it encrypted (Sealed Secrets, SOPS) or sync it (External Secrets).';

const DATABASE_SCHEMES =
  /^(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|clickhouse|cockroachdb)$/i;

/**
 * The connection string around a secret (`"postgres://app:«pw»@db/app"`): it moves whole — a URL
 * with its password cut out and read back separately is not one anybody can use (issue 12 item 4).
 * Returns the literal (quotes included) and whether it is a database URL.
 */
export function connectionLiteral(
  text: string,
  start: number,
  end: number,
  language: EnvLanguage,
): (Literal & { readonly database: boolean }) | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndRaw = text.indexOf('\n', end);
  const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
  const line = text.slice(lineStart, lineEnd);
  const from = start - lineStart;
  const to = end - lineStart;
  const urlOf = (content: string) => /^([a-z][a-z0-9+.-]*):\/\/\S+$/i.exec(content);
  for (const quote of ['"', "'", '`']) {
    const open = line.lastIndexOf(quote, from - 1);
    const close = line.indexOf(quote, to);
    if (open === -1 || close === -1) continue;
    const url = urlOf(line.slice(open + 1, close));
    if (url) return { start: lineStart + open, end: lineStart + close + 1, quoted: true, database: DATABASE_SCHEMES.test(url[1]!) };
  }
  if (language === 'yaml' || language === 'shell') {
    let a = from;
    while (a > 0 && !/[\s=]/.test(line[a - 1]!)) a--;
    let b = to;
    while (b < line.length && !/[\s#]/.test(line[b]!)) b++;
    const url = urlOf(line.slice(a, b));
    if (url) return { start: lineStart + a, end: lineStart + b, quoted: false, database: DATABASE_SCHEMES.test(url[1]!) };
  }
  return undefined;
}

export interface LineRewrite {
  /** Offsets of the text to replace. */
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

/**
 * Go: `os.Getenv` is not a constant expression, so `const x = os.Getenv("X")` does not compile.
 * A `const x = …` line becomes `var x = …`; a line inside a `const ( … )` block leaves it for a
 * `var` declaration right after the block. `newLine` is the line with its literals replaced;
 * returns the edits for the line (undefined when it is not a constant declaration).
 */
export function goConstRewrite(text: string, lineStart: number, lineEnd: number, newLine: string): LineRewrite[] | undefined {
  const single = /^(\s*)const(\s)/.exec(newLine);
  if (single) return [{ offset: lineStart, length: lineEnd - lineStart, content: `${single[1]}var${newLine.slice(single[0].length - 1)}` }];
  // Inside a const block? Walk up to the opening line, stopping at anything that closes or starts another declaration.
  let cursor = lineStart;
  let inBlock = false;
  while (cursor > 0) {
    const prevStart = text.lastIndexOf('\n', cursor - 2) + 1;
    const prev = text.slice(prevStart, cursor - 1);
    if (/^\s*const\s*\(\s*(?:\/\/.*)?$/.test(prev)) {
      inBlock = true;
      break;
    }
    if (/^\s*\)|^\s*(?:var|func|type|import|package)\b/.test(prev)) break;
    cursor = prevStart;
  }
  if (!inBlock) return undefined;
  const closing = /^[ \t]*\)[^\n]*(?:\n|$)/m;
  closing.lastIndex = 0;
  const rest = text.slice(lineEnd);
  const found = closing.exec(rest);
  if (!found) return undefined;
  const afterBlock = lineEnd + found.index + found[0].length;
  const nextLine = text.indexOf('\n', lineEnd);
  const deleteEnd = nextLine === -1 ? text.length : nextLine + 1;
  const eol = found[0].endsWith('\n') ? '' : '\n';
  return [
    { offset: lineStart, length: deleteEnd - lineStart, content: '' },
    { offset: afterBlock, length: 0, content: `${eol}var ${newLine.trim()}\n` },
  ];
}

/** The name for a connection string moved whole: the identifier it is assigned to, else DATABASE_URL (database) or the detector's name. */
export function connectionEnvName(lineBeforeLiteral: string, detectorId: string, database: boolean): string {
  const match = IDENTIFIER_BEFORE_VALUE.exec(lineBeforeLiteral);
  const name = match ? toEnvName(match[1]!) : '';
  const bare =
    !name ||
    /^(?:CONST|LET|VAR|VAL|EXPORT|DEF|STRING|STR|FINAL|STATIC|PUBLIC|PRIVATE|URL|URI|DSN|CONNECTION|CONNECTION_STRING|CONN_STR)$/.test(
      name,
    );
  if (!bare) return name;
  return database ? 'DATABASE_URL' : deriveEnvName(lineBeforeLiteral, detectorId, 'generic');
}
