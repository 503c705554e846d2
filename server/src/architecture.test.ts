// The layering the design promises, checked on the import graph of the sources: platform never
// imports a module, engines import neither, module folders form no loop, and web features import
// neither the app shell nor each other.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

/** Each source file under `dir` with the repository-relative files it imports by relative path. */
function importsUnder(dir: string): { file: string; imports: string[] }[] {
  return sourceFiles(path.join(root, dir)).map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const imports = [...text.matchAll(IMPORT)]
      .map((m) => m[1] ?? m[2] ?? '')
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => path.relative(root, path.resolve(path.dirname(file), spec)));
    return { file: path.relative(root, file), imports };
  });
}

/** The folder a file belongs to at `depth` segments below `base` (e.g. server/src/modules/ports). */
function folderOf(file: string, base: string): string | null {
  if (!file.startsWith(base + '/')) return null;
  const rest = file.slice(base.length + 1).split('/');
  return rest.length > 1 ? `${base}/${rest[0]}` : null;
}

function cyclesBetweenFolders(base: string): string[] {
  const edges = new Map<string, Set<string>>();
  for (const { file, imports } of importsUnder(base)) {
    const from = folderOf(file, base);
    if (!from) continue;
    for (const target of imports) {
      const to = folderOf(target, base);
      if (to && to !== from) {
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(to);
      }
    }
  }
  const found: string[] = [];
  const visit = (node: string, trail: string[]) => {
    for (const next of edges.get(node) ?? []) {
      const at = trail.indexOf(next);
      if (at >= 0) found.push([...trail.slice(at), next].map((f) => path.basename(f)).join(' → '));
      else visit(next, [...trail, next]);
    }
  };
  for (const start of edges.keys()) visit(start, [start]);
  return [...new Set(found.map(canonicalCycle))];
}

/** A cycle written from its alphabetically first folder, so each loop is reported once. */
function canonicalCycle(cycle: string): string {
  const nodes = cycle.split(' → ').slice(0, -1);
  const first = nodes.indexOf([...nodes].sort()[0]!);
  const turned = [...nodes.slice(first), ...nodes.slice(0, first)];
  return [...turned, turned[0]].join(' → ');
}

function importsInto(dir: string, forbidden: string[]): string[] {
  return importsUnder(dir).flatMap(({ file, imports }) =>
    imports
      .filter((target) => forbidden.some((f) => target.startsWith(f + '/')))
      .map((target) => `${file} imports ${target}`),
  );
}

/** Paths written in comments and docs (`platform/db/values.ts`), with where they may be relative to. */
function danglingPathsIn(dirs: string[]): string[] {
  const mention =
    /(?:^|[\s`'"(])((?:\.{1,2}\/|[\w-]+\/)[\w./-]*\.(?:tsx?|mjs|md|ya?ml|json|csv|tsv))(?![\w])/g;
  const files = dirs.flatMap((dir) =>
    fs.statSync(path.join(root, dir)).isFile()
      ? [path.join(root, dir)]
      : walk(path.join(root, dir)).filter((f) => /\.(tsx?|mjs|md)$/.test(f)),
  );
  return files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => {
        const prose = file.endsWith('.md') || /^\s*(\/\/|\*|\/\*)|\s\/\/\s/.test(line);
        if (!prose) return [];
        return [...line.matchAll(mention)]
          .map((m) => m[1] ?? '')
          .filter((mentioned) => !/NNNN/.test(mentioned))
          .filter(
            (mentioned) =>
              ![path.dirname(file), root, ...ANCHORS.map((a) => path.join(root, a))].some((base) =>
                fs.existsSync(path.resolve(base, mentioned)),
              ),
          )
          .map((mentioned) => `${path.relative(root, file)}:${index + 1} ${mentioned}`);
      }),
  );
}

/** Folders a mention may be written relative to, besides the file's own folder and the root. */
const ANCHORS = [
  'server',
  'server/src',
  'server/src/platform',
  'server/src/engines/ews',
  'web/src',
  'docs',
];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    return entry.isDirectory() ? walk(full) : [full];
  });
}

describe('architecture', () => {
  it('points comments and docs only at files that exist', () => {
    expect(
      danglingPathsIn([
        'server',
        'web/src',
        'contracts',
        'bin',
        'scripts',
        'bench',
        'e2e',
        'docs',
        'README.md',
      ]),
    ).toEqual([]);
  });

  it('keeps the platform free of modules and the engines free of both', () => {
    expect(importsInto('server/src/platform', ['server/src/modules'])).toEqual([]);
    expect(
      importsInto('server/src/engines', ['server/src/modules', 'server/src/platform']),
    ).toEqual([]);
  });

  it('has no import loop between module folders', () => {
    expect(cyclesBetweenFolders('server/src/modules')).toEqual([]);
  });

  it('keeps web features out of the app shell and out of each other', () => {
    const crossing = importsUnder('web/src/features').flatMap(({ file, imports }) => {
      const own = folderOf(file, 'web/src/features');
      return imports
        .filter(
          (target) =>
            target.startsWith('web/src/app/') ||
            (folderOf(target, 'web/src/features') ?? own) !== own,
        )
        .map((target) => `${file} imports ${target}`);
    });
    expect(crossing).toEqual([]);
  });
});
