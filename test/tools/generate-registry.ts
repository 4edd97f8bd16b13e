/**
 * Writes the import lists of server/src/engine/detectors/index.ts (every provider file) and
 * detectors/examples.ts (every `<provider>.examples.ts`) from the files on disk, sorted by path.
 * Why: a few hundred provider files were added in parallel branches, and hand-kept lists conflicted on
 * every merge; the registry test checks the lists against the disk, this writes them.
 * Run: `npm run docs` (it runs this first), or `node --import tsx test/tools/generate-registry.ts`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DETECTORS = join(__dirname, '..', '..', 'server', 'src', 'engine', 'detectors');
const NOT_PROVIDERS = new Set(['index.ts', 'examples.ts']);

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'kit' ? [] : walk(path);
      return name.endsWith('.ts') ? [relative(DETECTORS, path).split(sep).join('/')] : [];
    });
}

const files = walk(DETECTORS).filter((path) => !NOT_PROVIDERS.has(path));
const providers = files.filter((path) => !path.endsWith('.examples.ts'));
const exampleFiles = files.filter((path) => path.endsWith('.examples.ts'));

/** `cloud/aws.ts` → `aws`; a name taken twice or a reserved word gets its family: `databaseDatabricks`. */
function identifiers(paths: readonly string[], suffix: string): Map<string, string> {
  const camel = (text: string) => text.replace(/[-.]([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
  const base = (path: string) => camel(path.split('/').pop()!.slice(0, -suffix.length));
  const counts = new Map<string, number>();
  for (const path of paths) counts.set(base(path), (counts.get(base(path)) ?? 0) + 1);
  const reserved = new Set(['default', 'delete', 'new', 'package', 'private', 'public', 'function', 'class', 'import', 'export']);
  return new Map(
    paths.map((path) => {
      const name = base(path);
      const family = path.includes('/') ? camel(path.split('/')[0]!) : '';
      const unique = (counts.get(name) ?? 0) > 1 || reserved.has(name) ? `${family}${name[0]!.toUpperCase()}${name.slice(1)}` : name;
      return [path, unique];
    }),
  );
}

function replaceBetween(text: string, start: RegExp, end: RegExp, body: string): string {
  const from = start.exec(text);
  if (!from) throw new Error(`marker not found: ${start}`);
  const afterStart = from.index + from[0].length;
  const to = end.exec(text.slice(afterStart));
  if (!to) throw new Error(`marker not found: ${end}`);
  return text.slice(0, afterStart) + body + text.slice(afterStart + to.index);
}

function writeIndex(): void {
  const path = join(DETECTORS, 'index.ts');
  let text = readFileSync(path, 'utf8');
  const names = identifiers(providers, '.ts');
  const imports = providers
    .map((file) => `import { detectors as ${names.get(file)} } from './${file.replace(/\.ts$/, '.js')}';\n`)
    .join('');
  text = replaceBetween(text, /import type \{ Detector \} from '\.\.\/types\.js';\n/, /\nexport const ALL_DETECTORS/, imports);
  text = replaceBetween(
    text,
    /export const ALL_DETECTORS: readonly Detector\[\] = \[\n/,
    /\]\.sort\(/,
    providers.map((file) => `  ...${names.get(file)},\n`).join(''),
  );
  writeFileSync(path, text);
}

function writeExamples(): void {
  const path = join(DETECTORS, 'examples.ts');
  let text = readFileSync(path, 'utf8');
  const names = identifiers(exampleFiles, '.examples.ts');
  const imports = exampleFiles
    .map((file) => `import { examples as ${names.get(file)} } from './${file.replace(/\.ts$/, '.js')}';\n`)
    .join('');
  text = replaceBetween(
    text,
    /import type \{ Detector, DetectorExamples, ExampleTable \} from '\.\.\/types\.js';\n/,
    /\n\/\*\* Every registered example table/,
    imports,
  );
  text = replaceBetween(
    text,
    /export const EXAMPLE_TABLES: readonly ExampleTable\[\] = \[\n/,
    /\];/,
    exampleFiles.map((file) => `  ${names.get(file)},\n`).join(''),
  );
  writeFileSync(path, text);
}

writeIndex();
writeExamples();
console.log(`registry: ${providers.length} provider files, ${exampleFiles.length} examples files`);
