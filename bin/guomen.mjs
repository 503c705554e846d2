#!/usr/bin/env node
// Runs the compiled server (dist/server), compiling it first when it is missing or older than its
// sources. GUOMEN_FROM_SOURCE=1 runs the TypeScript sources through tsx instead, as the tests do.
import process from 'node:process';
import { pathToFileURL, URL } from 'node:url';

/** @type {string} */
let entry;
if (process.env.GUOMEN_FROM_SOURCE === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('../server/src/main.ts', import.meta.url).href;
} else {
  const { buildServer } = await import('../scripts/server-build.mjs');
  try {
    // Only a person watching is told about the build: scripts read this command's output.
    entry = pathToFileURL(
      await buildServer({
        quiet: !process.stderr.isTTY,
        log: (line) => process.stderr.write(line),
      }),
    ).href;
  } catch (error) {
    process.stderr.write(
      `guomen: cannot build the server: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
  process.setSourceMapsEnabled(true);
}
/**
 * @param {unknown} loaded
 * @returns {loaded is { main: (argv: string[]) => Promise<void> }}
 */
const isEntry = (loaded) =>
  typeof loaded === 'object' &&
  loaded !== null &&
  'main' in loaded &&
  typeof loaded.main === 'function';

/** @type {unknown} */
const loaded = await import(entry);
if (!isEntry(loaded)) throw new Error(`${entry} exports no main()`);
await loaded.main(process.argv.slice(2));
