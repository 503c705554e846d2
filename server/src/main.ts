// Each command's modules are imported when that command runs, so `guomen help` and `guomen ews` load
// neither the server nor the database layer.
import { parseArgs } from 'node:util';
import type { Config } from './config.ts';
import type { AppContext } from './platform/context.ts';
import type { DemoCredential } from './seed/demo.ts';
import { CliError, failure, usage } from './cli/io.ts';

const HELP = `guomen — port quarantine standardisation and early warning

  guomen serve [--demo-if-empty]        migrate, then serve (PORT, HOST, DATABASE_URL, GUOMEN_DATA_DIR …)
  guomen migrate                        apply pending migrations
  guomen seed --demo [--json]           seed the demo district into an empty database; print the accounts
  guomen user create --username U --role R --org CODE [--group G] [--name N]   (password on stdin)
  guomen user reset-password --username U [--reset-mfa]                       (password on stdin)
  guomen backup FILE                    online backup of the SQLite database
  guomen restore FILE [--accept-unkeyed]  replace the SQLite database with a verified backup (server stopped)
  guomen audit verify                   walk the audit hash chain; print OK or the first broken row
  guomen audit archive                  apply the audit retention policy now
  guomen ews --input F --method M --output F [...]   early-warning methods on weekly counts

Exit codes: 0 ok, 1 failure, 2 bad usage.`;

type Flags = Record<string, string | boolean | undefined>;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        demo: { type: 'boolean' },
        'demo-if-empty': { type: 'boolean' },
        json: { type: 'boolean' },
        username: { type: 'string' },
        role: { type: 'string' },
        org: { type: 'string' },
        group: { type: 'string' },
        name: { type: 'string' },
        'reset-mfa': { type: 'boolean' },
        'accept-unkeyed': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
}

function printAccounts(out: NodeJS.WritableStream, accounts: readonly DemoCredential[]) {
  out.write('Demo accounts (username / password / role @ org):\n');
  for (const a of accounts) {
    out.write(
      `  ${a.username.padEnd(18)} ${a.password.padEnd(28)} ${a.role} @ ${a.org}${a.totpSecret ? `   TOTP secret ${a.totpSecret}` : ''}\n`,
    );
  }
}

async function withContext<T>(config: Config, work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const { createContext, prepareContext } = await import('./platform/context.ts');
  const ctx = createContext(config);
  try {
    await prepareContext(ctx);
    return await work(ctx);
  } finally {
    await ctx.audit.flush();
    await ctx.database.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'ews') {
    const { runEwsCli } = await import('./cli/ews.ts');
    return runEwsCli(rest, { stdout: process.stdout, stderr: process.stderr });
  }
  const { values, positionals } = parse(rest);
  const flags: Flags = values;
  if (!command || command === 'help' || values.help) {
    process.stdout.write(`${HELP}\n`);
    return command ? 0 : 2;
  }
  const config = (await import('./config.ts')).loadConfig();
  switch (command) {
    case 'serve': {
      const [{ serve }, { demoCredentials }] = await Promise.all([
        import('./serve.ts'),
        import('./seed/demo.ts'),
      ]);
      await serve(config, {
        demoIfEmpty: values['demo-if-empty'] === true,
        printAccounts: () => printAccounts(process.stdout, demoCredentials()),
      });
      return 0;
    }
    case 'migrate':
      return withContext(config, async (ctx) => {
        const { migrateToLatest } = await import('./platform/db/migrator.ts');
        process.stdout.write(
          `migrations applied: ${(await migrateToLatest(ctx.db)).length || 'none pending'}\n`,
        );
        return 0;
      });
    case 'seed':
      if (!values.demo) throw usage('seed takes --demo');
      return withContext(config, async (ctx) => {
        const { demoCredentials, seedDemo } = await import('./seed/demo.ts');
        const outcome = await seedDemo(ctx);
        if (outcome === 'not-empty')
          throw new CliError(
            1,
            'the database already holds data that is not the demo district; seed only an empty database',
          );
        if (values.json) process.stdout.write(`${JSON.stringify(demoCredentials(), null, 2)}\n`);
        else {
          process.stdout.write(
            outcome === 'seeded' ? 'demo district seeded\n' : 'demo district already present\n',
          );
          printAccounts(process.stdout, demoCredentials());
        }
        return 0;
      });
    case 'user': {
      const [sub] = positionals;
      if (sub !== 'create' && sub !== 'reset-password')
        throw usage('user takes create or reset-password');
      return withContext(config, async (ctx) => {
        const { createUserCommand, resetPasswordCommand } = await import('./cli/users.ts');
        process.stdout.write(
          `${sub === 'create' ? await createUserCommand(ctx, flags) : await resetPasswordCommand(ctx, flags)}\n`,
        );
        return 0;
      });
    }
    case 'backup': {
      const [file] = positionals;
      if (!file) throw usage('backup takes a FILE');
      const { PG_HINT, backupCommand } = await import('./cli/backup.ts');
      // Refuse before connecting: PostgreSQL is backed up with its own tools, reachable or not.
      if (config.database.dialect !== 'sqlite') throw failure(PG_HINT);
      return withContext(config, async (ctx) => {
        process.stdout.write(`${await backupCommand(ctx.database, file, ctx.secretFingerprint)}\n`);
        return 0;
      });
    }
    case 'restore': {
      const [file] = positionals;
      if (!file) throw usage('restore takes a FILE');
      const { restoreCommand } = await import('./cli/backup.ts');
      process.stdout.write(
        `${await restoreCommand(config, file, { acceptUnkeyed: values['accept-unkeyed'] === true })}\n`,
      );
      return 0;
    }
    case 'audit': {
      const [sub] = positionals;
      if (sub !== 'verify' && sub !== 'archive') throw usage('audit takes verify or archive');
      const { auditService } = await import('./modules/audit/audit.service.ts');
      if (sub === 'verify') {
        return withContext(config, async (ctx) => {
          const result = await auditService.verify(ctx);
          const held = result.checkpoint
            ? `, held to the checkpoint at row ${result.checkpoint.seq}`
            : ', no checkpoint in the data directory';
          if (result.ok) {
            process.stdout.write(`OK: ${result.checked} rows verified${held}\n`);
            return 0;
          }
          process.stdout.write(
            `BROKEN: ${result.breaks.length + result.moreBreaks} breaks (${result.checked} rows read${held})\n`,
          );
          for (const b of result.breaks)
            process.stdout.write(`  ${b.kind.padEnd(19)} ${b.message.en}\n`);
          if (result.moreBreaks > 0) process.stdout.write(`  … and ${result.moreBreaks} more\n`);
          return 1;
        });
      }
      return withContext(config, async (ctx) => {
        const r = await auditService.archiveExpired(ctx);
        process.stdout.write(
          r.archived
            ? `archived ${r.archived} rows to ${r.file ?? ''}\n`
            : 'nothing older than the retention period\n',
        );
        return 0;
      });
    }
    default:
      throw usage(`unknown command "${command}"; run guomen help`);
  }
}

export async function main(argv: string[]): Promise<void> {
  try {
    process.exitCode = await run(argv);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`guomen: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else if (error instanceof (await import('./config.ts')).ConfigError) {
      process.stderr.write(`guomen: configuration: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`guomen: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}
