/**
 * A generated git history with planted secrets, written with `git fast-import` (thousands of
 * commits in a second, instead of thousands of `git commit` runs). Deterministic for a seed.
 *
 * Shape: `main` plus feature branches. Each feature branch works only on files of its own
 * (`features/<name>/…`) so merges into main are clean and the merged tree is known exactly:
 * main's files plus the branch's. Some branches are merged (`--no-ff`), some are left unmerged.
 * Secrets are planted on added lines and some are removed later; the generator keeps every
 * commit's full tree, so the ground truth — which commit introduced each secret and in how many
 * commits it is present — is computed here independently of the scanner.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeGithubToken } from '../../server/src/engine/detectors/code-hosting/github.examples.js';
import { cleanEnv, initRepo } from './gitBase.js';
import { seededRandom as rng } from '../../server/src/engine/fake.js';

export interface Plant {
  readonly secret: string;
  readonly path: string;
  /** 1-based line in the introducing commit. */
  readonly line: number;
  readonly mark: number;
  hash: string;
  /** Commits whose tree holds the secret at `path`. */
  stillIn: number;
}

export interface GeneratedHistory {
  readonly dir: string;
  readonly commits: number;
  readonly plants: Plant[];
  readonly branches: { name: string; merged: boolean }[];
  /** Author/committer time of commit number `i` (1-based mark) is BASE_TIME + i hours. */
  readonly baseTime: number;
  readonly hashOf: (mark: number) => string;
}

export interface HistoryShape {
  readonly commits: number;
  /** Lines per file when created. */
  readonly fileLines: number;
  readonly files: number;
  /** A secret is planted every this many commits (0: never). */
  readonly plantEvery: number;
  readonly seed: string;
}

const BASE_TIME = 1_700_000_000;
const EXTENSIONS = ['ts', 'py', 'yaml', 'go', 'md'];

type Tree = Map<string, string[]>;

interface Branch {
  readonly name: string;
  head: number;
  tree: Tree;
  merged: boolean;
  readonly own: string; // path prefix of its own files ('' for main)
}

function codeLine(random: () => number, ext: string, n: number): string {
  const id = Math.floor(random() * 1e6);
  switch (ext) {
    case 'py':
      return `    result_${n} = compute_total(items[${id % 97}], factor=${id % 13})  # step ${n}`;
    case 'yaml':
      return `  entry_${n}: { replicas: ${id % 9}, image: "registry.example/app:${id % 50}.${n % 10}" }`;
    case 'go':
      return `\tif err := handler${n}.Process(ctx, req${id % 31}); err != nil { return err }`;
    case 'md':
      return `Step ${n}: run the migration for table number ${id % 400} and check the dashboard.`;
    default:
      return `  const value${n} = computeTotal(items[${id % 97}], ${id % 13}); // step ${n}`;
  }
}

function secretLine(ext: string, secret: string): string {
  switch (ext) {
    case 'py':
      return `GITHUB_TOKEN = "${secret}"`;
    case 'yaml':
      return `github_token: ${secret}`;
    case 'go':
      return `const githubToken = "${secret}"`;
    case 'md':
      return `Use the token ${secret} for the deploy bot.`;
    default:
      return `const githubToken = "${secret}";`;
  }
}

/** Generates the repository in `dir` (an empty or missing folder) and returns the ground truth. */
export function generateHistory(dir: string, shape: HistoryShape): GeneratedHistory {
  const random = rng(shape.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  initRepo(dir);
  const chunks: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const trees = new Map<number, Tree>();
  const plants: Plant[] = [];
  let mark = 0;
  let counter = 0;

  const main: Branch = { name: 'main', head: 0, tree: new Map(), merged: true, own: '' };
  const branches: Branch[] = [main];
  const open: Branch[] = [];

  const newFile = (branch: Branch): string => {
    const ext = pick(EXTENSIONS);
    const path = `${branch.own || 'src/'}module${counter++}/file${counter}.${ext}`;
    branch.tree.set(
      path,
      Array.from({ length: shape.fileLines }, (_, i) => codeLine(random, ext, i)),
    );
    return path;
  };

  const emit = (branch: Branch, message: string, changed: Set<string>, deleted: Set<string>, mergeFrom?: Branch) => {
    mark++;
    const time = BASE_TIME + mark * 3600;
    const lines = [
      `commit refs/heads/${branch.name}`,
      `mark :${mark}`,
      `author Dev ${mark % 3} <dev${mark % 3}@example.invalid> ${time} +0000`,
      `committer Dev <dev@example.invalid> ${time} +0000`,
      data(message).trimEnd(),
    ];
    if (branch.head) lines.push(`from :${branch.head}`);
    if (mergeFrom) lines.push(`merge :${mergeFrom.head}`);
    for (const path of deleted) lines.push(`D ${path}`);
    for (const path of changed) {
      const content = branch.tree.get(path);
      if (content) lines.push(`M 100644 inline ${path}`, data(`${content.join('\n')}\n`).trimEnd());
    }
    chunks.push(`${lines.join('\n')}\n\n`);
    branch.head = mark;
    trees.set(mark, new Map(branch.tree));
  };

  const edit = (branch: Branch, changed: Set<string>) => {
    const path = pick([...branch.tree.keys()].filter((p) => (branch.own ? p.startsWith(branch.own) : !p.startsWith('features/'))));
    if (!path) return;
    const content = [...branch.tree.get(path)!];
    const ext = path.split('.').pop()!;
    const edits = 1 + Math.floor(random() * 3);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(random() * content.length);
      if (random() < 0.5) content[at] = codeLine(random, ext, at);
      else content.splice(at, 0, codeLine(random, ext, at));
    }
    branch.tree.set(path, content);
    changed.add(path);
  };

  const plant = (branch: Branch, changed: Set<string>) => {
    const candidates = [...branch.tree.keys()].filter((p) => (branch.own ? p.startsWith(branch.own) : !p.startsWith('features/')));
    const path = pick(candidates);
    const content = [...branch.tree.get(path)!];
    const secret = fakeGithubToken('ghp_', `${shape.seed}-plant-${plants.length}`);
    const at = Math.floor(random() * content.length);
    content.splice(at, 0, secretLine(path.split('.').pop()!, secret));
    branch.tree.set(path, content);
    changed.add(path);
    plants.push({ secret, path, line: at + 1, mark: mark + 1, hash: '', stillIn: 0 });
  };

  const unplant = (branch: Branch, changed: Set<string>) => {
    for (const candidate of plants) {
      const content = branch.tree.get(candidate.path);
      const index = content?.findIndex((l) => l.includes(candidate.secret)) ?? -1;
      if (!content || index < 0 || random() < 0.5) continue;
      const next = [...content];
      next.splice(index, 1);
      branch.tree.set(candidate.path, next);
      changed.add(candidate.path);
      return;
    }
  };

  // Root commit: the initial files.
  {
    const changed = new Set<string>();
    for (let i = 0; i < shape.files; i++) changed.add(newFile(main));
    emit(main, 'initial import', changed, new Set());
  }
  while (mark < shape.commits) {
    const roll = random();
    if (open.length < 3 && roll < 0.03) {
      // Start a feature branch from main.
      const name = `feature-${branches.length}`;
      const branch: Branch = { name, head: main.head, tree: new Map(main.tree), merged: false, own: `features/${name}/` };
      branches.push(branch);
      open.push(branch);
      const changed = new Set([newFile(branch)]);
      emit(branch, `${name}: start`, changed, new Set());
      continue;
    }
    if (open.length > 0 && roll < 0.06) {
      // Merge a feature branch into main (or abandon it: it stays as an unmerged branch).
      const branch = open.splice(Math.floor(random() * open.length), 1)[0]!;
      if (random() < 0.75) {
        const changed = new Set<string>();
        for (const [path, content] of branch.tree) {
          if (path.startsWith(branch.own)) {
            main.tree.set(path, content);
            changed.add(path);
          }
        }
        emit(main, `Merge branch '${branch.name}'`, changed, new Set(), branch);
        branch.merged = true;
      }
      continue;
    }
    const branch = open.length > 0 && random() < 0.4 ? pick(open) : main;
    const changed = new Set<string>();
    const deleted = new Set<string>();
    const count = 1 + Math.floor(random() * 3);
    for (let i = 0; i < count; i++) edit(branch, changed);
    if (random() < 0.04) changed.add(newFile(branch));
    if (random() < 0.02) {
      const victim = pick([...branch.tree.keys()].filter((p) => (branch.own ? p.startsWith(branch.own) : !p.startsWith('features/'))));
      if (victim && !changed.has(victim) && branch.tree.size > 2) {
        branch.tree.delete(victim);
        deleted.add(victim);
      }
    }
    if (shape.plantEvery > 0 && mark % shape.plantEvery === shape.plantEvery - 1) plant(branch, changed);
    else if (shape.plantEvery > 0 && random() < 0.5 / shape.plantEvery) unplant(branch, changed);
    emit(branch, `change ${mark + 1} on ${branch.name}`, changed, deleted);
  }

  const marks = join(dir, '.git', 'generated.marks');
  const result = spawnSync('git', ['fast-import', '--quiet', `--export-marks=${marks}`], {
    cwd: dir,
    input: chunks.join(''),
    env: cleanEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr.toString()}`);
  const hashes = new Map<number, string>();
  for (const line of readFileSync(marks, 'utf8').split('\n')) {
    const [m, hash] = line.split(' ');
    if (m && hash) hashes.set(Number(m.slice(1)), hash);
  }
  const checkout = spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir, env: cleanEnv() });
  if (checkout.status !== 0) throw new Error(checkout.stderr.toString());

  for (const p of plants) {
    p.hash = hashes.get(p.mark)!;
    for (const tree of trees.values()) if (tree.get(p.path)?.some((l) => l.includes(p.secret))) p.stillIn++;
  }
  return {
    dir,
    commits: mark,
    plants,
    branches: branches.map((b) => ({ name: b.name, merged: b.merged })),
    baseTime: BASE_TIME,
    hashOf: (m) => hashes.get(m)!,
  };
}
