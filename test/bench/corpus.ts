/**
 * Deterministic generator of a large mixed-language tree for benchmarks: real-looking code in
 * several languages with about one secret per 10,000 lines. Nothing random at run time: the same
 * seed gives the same bytes, so figures from two runs compare.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { seededRandom as rng } from '../../server/src/engine/fake.js';

// Identifiers as real code has them, including the words that draw secret scanners (token, key, auth …).
const WORDS = [
  'user',
  'order',
  'invoice',
  'payment',
  'session',
  'config',
  'client',
  'request',
  'response',
  'handler',
  'service',
  'cache',
  'token',
  'item',
  'cart',
  'price',
  'rider',
  'station',
  'battery',
  'route',
  'account',
  'profile',
  'event',
  'metric',
  'key',
  'auth',
];

const TEMPLATES: Record<string, (w: () => string, n: () => number) => string> = {
  ts: (w, n) =>
    `export async function ${w()}${cap(w())}(${w()}: ${cap(w())}Input): Promise<${cap(w())}> {\n  const ${w()} = await this.${w()}Repository.find({ id: ${w()}.id, limit: ${n()} });\n  if (!${w()}) throw new NotFoundError(\`${w()} \${${w()}.id} not found\`);\n  return { ...${w()}, updatedAt: new Date() };\n}\n`,
  py: (w, n) =>
    `def ${w()}_${w()}(self, ${w()}_id: int, ${w()}: str = "${w()}") -> dict:\n    """Return the ${w()} for the given ${w()}."""\n    result = self.session.query(${cap(w())}).filter_by(id=${w()}_id).limit(${n()}).all()\n    return {"${w()}": result, "count": len(result)}\n`,
  go: (w, n) =>
    `func (s *${cap(w())}Service) ${cap(w())}(ctx context.Context, id int64) (*${cap(w())}, error) {\n\trow := s.db.QueryRowContext(ctx, "SELECT * FROM ${w()} WHERE id = $1 LIMIT ${n()}", id)\n\tvar out ${cap(w())}\n\treturn &out, row.Scan(&out.ID, &out.Name)\n}\n`,
  java: (w, n) =>
    `  public ${cap(w())} get${cap(w())}(long ${w()}Id) {\n    var ${w()} = repository.findById(${w()}Id).orElseThrow();\n    log.info("loaded {} with {} ${w()}s", ${w()}Id, ${n()});\n    return mapper.to${cap(w())}(${w()});\n  }\n`,
  yaml: (w, n) => `${w()}:\n  ${w()}_${w()}: ${n()}\n  enabled: true\n  label: "${w()}-${w()}"\n  replicas: ${n() % 9}\n`,
  json: (w, n) => `  {"id": ${n()}, "${w()}": "${w()}", "${w()}Count": ${n()}, "tags": ["${w()}", "${w()}"]},\n`,
};

function cap(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

export interface TreeStats {
  readonly files: number;
  readonly bytes: number;
  readonly lines: number;
  readonly secrets: number;
}

/** Writes ~`targetBytes` of source files under `dir` (skips the work when the marker says it is done). */
export function generateTree(dir: string, targetBytes: number, seed = 42): TreeStats {
  const marker = join(dir, '.generated.json');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as TreeStats;
  const random = rng(seed);
  const word = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const number = () => Math.floor(random() * 1000);
  const extensions = Object.keys(TEMPLATES);
  let bytes = 0;
  let lines = 0;
  let secrets = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const extension = extensions[files % extensions.length]!;
    const folder = join(dir, `pkg${files % 40}`, `module${files % 7}`);
    mkdirSync(folder, { recursive: true });
    const parts: string[] = [];
    let size = 0;
    const fileTarget = 20_000 + Math.floor(random() * 60_000);
    while (size < fileTarget) {
      const chunk = TEMPLATES[extension]!(word, number);
      parts.push(chunk);
      size += chunk.length;
      const chunkLines = chunk.split('\n').length - 1;
      lines += chunkLines;
      if (Math.floor((lines - chunkLines) / 10_000) !== Math.floor(lines / 10_000)) {
        parts.push(`GITHUB_TOKEN = "${fakeGithubToken('ghp_', `bench-${secrets}`)}"\n`);
        secrets++;
      }
    }
    const content = parts.join('');
    writeFileSync(join(folder, `${word()}_${files}.${extension}`), content);
    bytes += content.length;
    files++;
  }
  const stats = { files, bytes, lines, secrets };
  writeFileSync(marker, JSON.stringify(stats));
  return stats;
}
