// Compiles the server to plain JavaScript under dist/server, so that production does not transform
// TypeScript at start-up. Like the web build, it runs when the build is missing or older than its
// sources (server/src, server/migrations, contracts and this file), on the first `guomen` command.
//
// Each build goes to a directory of its own and current.json names the one to run, switched by a
// rename: a process keeps running the build it started from, workers included, while another rebuilds.
//
// The bundle keeps two meanings of `import.meta` apart. `import.meta.url` names the running module, so
// worker entries are found beside it: each worker is an entry point emitted under the name its
// spawning module asks for. `import.meta.dirname` and `import.meta.filename` name the source file, so
// reference data in data/ is found from where the source sits, whatever the bundle's layout.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { newestFile } from './newest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'dist/server');
const POINTER = path.join(OUT, 'current.json');
const LOCK = path.join(OUT, 'build.lock');
const SOURCES = ['server/src', 'server/migrations', 'contracts'];
/** Builds kept besides the current one, for processes still running them. */
const KEEP_PREVIOUS = 2;
/** A lock older than this is left by a build that died, whatever process holds its number now. */
const STALE_LOCK_MS = 120_000;

/**
 * Entry points. A worker is emitted under the file name its spawning module resolves against
 * `import.meta.url`; the build refuses to run if that module no longer asks for it.
 * @type {{ out: string, in: string, spawnedBy?: string, asks?: string }[]}
 */
const ENTRIES = [
  { out: 'main', in: 'server/src/main.ts' },
  {
    out: 'batchWorker',
    in: 'server/src/engines/ews/batchWorker.ts',
    spawnedBy: 'server/src/engines/ews/batch.ts',
    asks: './batchWorker.mjs',
  },
  {
    out: 'xlsx-worker',
    in: 'server/src/platform/http/xlsx-worker.ts',
    spawnedBy: 'server/src/platform/http/xlsx-pool.ts',
    asks: './xlsx-worker.mjs',
  },
];

/** What the bundle is made of: code and JSON, not the tests or the fixtures beside them. */
const COMPILED = /(?<!\.test)\.(ts|mts|js|mjs|json)$/;

function newestSource() {
  return Math.max(
    fs.statSync(fileURLToPath(import.meta.url)).mtimeMs,
    ...SOURCES.map((dir) => newestFile(path.join(root, dir), (name) => COMPILED.test(name))),
  );
}

/** @typedef {{ dir: string, startedAt: number }} BuildPointer */

/**
 * @param {unknown} value
 * @returns {value is BuildPointer}
 */
const isPointer = (value) =>
  typeof value === 'object' &&
  value !== null &&
  'dir' in value &&
  typeof value.dir === 'string' &&
  'startedAt' in value &&
  typeof value.startedAt === 'number';

/** @returns {BuildPointer | null} */
function readPointer() {
  try {
    /** @type {unknown} */
    const pointer = JSON.parse(fs.readFileSync(POINTER, 'utf8'));
    return isPointer(pointer) ? pointer : null;
  } catch {
    return null;
  }
}

/** @param {BuildPointer | null} pointer */
function entryOf(pointer) {
  return pointer ? path.join(OUT, pointer.dir, 'main.mjs') : null;
}

/** @param {BuildPointer | null} pointer */
function isStale(pointer) {
  const entry = entryOf(pointer);
  if (pointer === null || entry === null || !fs.existsSync(entry)) return true;
  return newestSource() > pointer.startedAt;
}

/** Every `import.meta.dirname`/`filename` of a source file, pointed back at that file. */
const sourceLocations = {
  name: 'source-locations',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const relative = path.relative(root, args.path).split(path.sep).join('/');
      const contents = source
        .replaceAll(
          'import.meta.dirname',
          `__guomenSource(${JSON.stringify(path.posix.dirname(relative))})`,
        )
        .replaceAll('import.meta.filename', `__guomenSource(${JSON.stringify(relative)})`);
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Packages stay in node_modules, except @stdlib's: the engine's seven distributions load some two
 * hundred of its packages, file by file, which costs each thread that evaluates about 70 ms; bundled
 * they load in about 10.
 */
const BUNDLED_PACKAGES = /^@stdlib\//;
const packagesExternal = {
  name: 'packages-external',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      BUNDLED_PACKAGES.test(args.path) ? undefined : { path: args.path, external: true },
    );
  },
};

function checkWorkerNames() {
  for (const entry of ENTRIES) {
    if (!fs.existsSync(path.join(root, entry.in)))
      throw new Error(`server build: entry ${entry.in} does not exist`);
    if (entry.spawnedBy === undefined || entry.asks === undefined) continue;
    const spawner = path.join(root, entry.spawnedBy);
    if (!fs.existsSync(spawner) || !fs.readFileSync(spawner, 'utf8').includes(`'${entry.asks}'`))
      throw new Error(
        `server build: ${entry.spawnedBy} no longer starts '${entry.asks}'; update ENTRIES in scripts/server-build.mjs`,
      );
  }
}

/**
 * @param {string} dir
 * @param {number} startedAt
 */
async function compile(dir, startedAt) {
  checkWorkerNames();
  const { build } = await import('esbuild');
  const outdir = path.join(OUT, dir);
  const toRoot = path.relative(outdir, root).split(path.sep).join('/');
  await build({
    absWorkingDir: root,
    entryPoints: ENTRIES.map((e) => ({ in: e.in, out: e.out })),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Commands are imported when they run; shared code and each command's modules become chunks.
    splitting: true,
    chunkNames: '[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    // Smaller files parse sooner, in every thread that loads them; names stay for stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'silent',
    plugins: [packagesExternal, sourceLocations],
    banner: {
      js: [
        // Bundled CommonJS (@stdlib) calls require; an ES module has none of its own.
        `import { createRequire as __guomenCreateRequire } from 'node:module';`,
        `const require = __guomenCreateRequire(import.meta.url);`,
        `import { join as __guomenJoin } from 'node:path';`,
        `const __guomenSource = (relative) => __guomenJoin(import.meta.dirname, ${JSON.stringify(toRoot)}, relative);`,
      ].join('\n'),
    },
  });
  const pointer = { dir, startedAt };
  const temporary = `${POINTER}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(pointer)}\n`);
  fs.renameSync(temporary, POINTER);
  return pointer;
}

/** Removes the builds older than the current one and the few kept for processes still running them. */
function prune() {
  const current = readPointer()?.dir;
  const builds = fs
    .readdirSync(OUT, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith('build-') && e.name !== current)
    .map((e) => ({ name: e.name, mtime: fs.statSync(path.join(OUT, e.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of builds.slice(KEEP_PREVIOUS))
    fs.rmSync(path.join(OUT, old.name), { recursive: true, force: true });
}

/** Whether the lock was left by a build that no longer runs (interrupted, killed). */
function lockIsLeft() {
  try {
    if (Date.now() - fs.statSync(LOCK).mtimeMs > STALE_LOCK_MS) return true;
    const holder = Number(fs.readFileSync(LOCK, 'utf8'));
    // Written just now and not yet holding its number: give it the benefit of the doubt.
    if (!Number.isInteger(holder) || holder <= 0) return false;
    process.kill(holder, 0);
    return false;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'ESRCH';
  }
}

/** Waits for the build lock; returns a release function. */
async function lock() {
  for (;;) {
    try {
      const fd = fs.openSync(LOCK, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(LOCK, { force: true });
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      if (lockIsLeft()) fs.rmSync(LOCK, { force: true });
      await sleep(100);
    }
  }
}

/**
 * The path of the compiled server's entry, building it first when it is missing or stale.
 * @param {{ quiet?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<string>}
 */
export async function buildServer({
  quiet = false,
  log = (line) => process.stdout.write(line),
} = {}) {
  const before = readPointer();
  if (!isStale(before)) return /** @type {string} */ (entryOf(before));
  fs.mkdirSync(OUT, { recursive: true });
  const release = await lock();
  try {
    // Another process may have built it while this one waited for the lock.
    const now = readPointer();
    if (!isStale(now)) return /** @type {string} */ (entryOf(now));
    if (!quiet) log('Building the server (first start, or its sources changed)…\n');
    const startedAt = Date.now();
    const dir = `build-${startedAt.toString(36)}-${process.pid}`;
    try {
      const pointer = await compile(dir, startedAt);
      prune();
      return /** @type {string} */ (entryOf(pointer));
    } catch (error) {
      fs.rmSync(path.join(OUT, dir), { recursive: true, force: true });
      throw error;
    }
  } finally {
    release();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${await buildServer()}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
