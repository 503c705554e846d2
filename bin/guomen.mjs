#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader: one artefact for development and production.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const { main } = await import(fileURLToPath(new URL('../server/src/main.ts', import.meta.url)));
await main(process.argv.slice(2));
