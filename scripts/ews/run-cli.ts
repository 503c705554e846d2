// Runs `guomen ews` without the rest of the platform: npx tsx scripts/ews/run-cli.ts --input ... --method ... --output ...
import { runEwsCli } from '../../server/src/cli/ews.ts';

process.exitCode = await runEwsCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
