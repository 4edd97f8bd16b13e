/**
 * Prints every detector (runtime fields, post-validator sources, examples) as JSON, for converting a
 * theme file to the kit without changing behaviour: snapshot before, convert, snapshot after, diff.
 *
 *   node --import tsx test/tools/detector-snapshot.ts > /tmp/before.json
 *   node --import tsx test/tools/detector-snapshot.ts --diff /tmp/before.json   (lists changed fields by id)
 */
import { readFileSync } from 'node:fs';
import { ALL_DETECTORS } from '../../server/src/engine/index.js';
import { examplesOf } from '../../server/src/engine/detectors/examples.js';
import type { Detector, PostValidator } from '../../server/src/engine/types.js';

/** Function sources without whitespace and module-import prefixes (`(0, import_kit.x)` vs `x`). */
const source = (f: PostValidator) =>
  String(f)
    .replace(/\s+/g, ' ')
    .replace(/\(0,\s?import_\w+\.(\w+)\)/g, '$1')
    .replace(/import_\w+\.(\w+)/g, '$1');
const sorted = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

function snapshot(d: Detector) {
  return {
    id: d.id,
    title: d.title,
    kind: d.kind,
    keywords: d.keywords,
    scope: d.keywordScope ?? 'document',
    paths: d.paths ? String(d.paths) : null,
    pattern: String(d.pattern),
    post: (d.post ?? []).map(source),
    minEntropy: d.minEntropy ?? null,
    skipCommonValidators: d.skipCommonValidators ?? false,
    companions: (d.companions ?? []).map((c) => ({
      name: c.name,
      pattern: String(c.pattern),
      withinLines: c.withinLines,
      post: (c.post ?? []).map(source),
    })),
    requireCompanion: d.requireCompanion ?? false,
    precedence: d.precedence ?? 0,
    guide: sorted(d.guide),
    examples: examplesOf(d),
  };
}

const now = ALL_DETECTORS.map(snapshot);
const diffIndex = process.argv.indexOf('--diff');
if (diffIndex === -1) {
  process.stdout.write(`${JSON.stringify(now, null, 1)}\n`);
} else {
  const before = new Map(
    (JSON.parse(readFileSync(process.argv[diffIndex + 1]!, 'utf8')) as ReturnType<typeof snapshot>[]).map((d) => [d.id, d]),
  );
  const after = new Map(now.map((d) => [d.id, d]));
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(id);
    const b = after.get(id);
    if (!a || !b) {
      console.log(`${id}: ${a ? 'removed' : 'added'}`);
      continue;
    }
    for (const field of Object.keys(a) as (keyof typeof a)[]) {
      if (JSON.stringify(a[field]) !== JSON.stringify(b[field]))
        console.log(`${id} ${field}:\n  - ${JSON.stringify(a[field]).slice(0, 400)}\n  + ${JSON.stringify(b[field]).slice(0, 400)}`);
    }
  }
}
