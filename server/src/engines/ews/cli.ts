// `guomen ews`: runs one method over every series of a counts CSV and writes per-week results.
// Exit codes: 0 done, 1 failure (I/O, internal), 2 bad usage or malformed CSV. The output appears
// whole or not at all (written to a temporary file, then renamed).
import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluateBatch, type BatchSeries } from './batch.ts';
import { ControlError, parseAssignment, resolveControls } from './controls.ts';
import { CsvFormatError, formatResultRows, parseCountsCsv, RESULT_HEADER } from './csv.ts';
import { defaultRange } from './evaluate.ts';
import { EWS_METHODS, STATUS_CODE, type EwsMethod } from './types.ts';

export const EWS_USAGE =
  'usage: guomen ews --input counts.csv --method M --output out.csv [--from K] [--to K] [--b N] [--w N] [--alpha A] [--set name=value]...\n' +
  `  methods: ${EWS_METHODS.join(', ')}; input columns series_id,week_index,count; default range: the last 52 weeks`;

interface Io {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface Invocation {
  readonly input: string;
  readonly output: string;
  readonly method: EwsMethod;
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly settings: Map<string, string>;
}

function isMethod(name: string): name is EwsMethod {
  return (EWS_METHODS as readonly string[]).includes(name);
}

function weekOption(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new UsageError(`--${name} must be a week number (1, 2, ...), got "${raw}"`);
  return Number(raw);
}

function parseInvocation(argv: string[]): Invocation {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        method: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        b: { type: 'string' },
        w: { type: 'string' },
        alpha: { type: 'string' },
        set: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  for (const required of ['input', 'output', 'method'] as const) {
    if (values[required] === undefined) throw new UsageError(`--${required} is required`);
  }
  const method = values.method ?? '';
  if (!isMethod(method))
    throw new UsageError(`unknown method "${method}" (known: ${EWS_METHODS.join(', ')})`);
  const settings = new Map<string, string>();
  const add = (name: string, value: string): void => {
    if (settings.has(name)) throw new UsageError(`control "${name}" is given twice`);
    settings.set(name, value);
  };
  for (const name of ['b', 'w', 'alpha'] as const) {
    const value = values[name];
    if (value !== undefined) add(name, value);
  }
  for (const assignment of values.set ?? []) add(...parseAssignment(assignment));
  return {
    input: values.input ?? '',
    output: values.output ?? '',
    method,
    from: weekOption('from', values.from),
    to: weekOption('to', values.to),
    settings,
  };
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function runEwsCli(argv: string[], io: Io): Promise<number> {
  if (argv.length === 0) {
    io.stderr.write(`${EWS_USAGE}\n`);
    return 2;
  }
  let inputName = 'input';
  try {
    const invocation = parseInvocation(argv);
    inputName = invocation.input;
    const settings = resolveControls(invocation.method, invocation.settings);
    let text: string;
    try {
      text = await readFile(invocation.input, 'utf8');
    } catch (error) {
      io.stderr.write(
        `ews: cannot read ${invocation.input}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 1;
    }
    const batch = parseCountsCsv(text).map(({ seriesId, counts }) => {
      const fallback = defaultRange(counts.length);
      const range = { from: invocation.from ?? fallback.from, to: invocation.to ?? fallback.to };
      if (range.to > counts.length || range.from > range.to) {
        throw new UsageError(
          `series "${seriesId}" has ${counts.length} weeks; the range ${range.from}..${range.to} does not fit it`,
        );
      }
      return { id: seriesId, item: { counts, range } };
    });
    const results = await evaluateBatch(
      batch.map((b) => b.item),
      settings,
    );
    const lines = [`${RESULT_HEADER}\n`];
    let weeks = 0;
    let alarms = 0;
    let unanswered = 0;
    results.forEach((evaluation, i) => {
      lines.push(formatResultRows(batch[i]!.id, evaluation));
      weeks += evaluation.alarm.length;
      evaluation.alarm.forEach((a) => (alarms += a === 1 ? 1 : 0));
      evaluation.status.forEach((s) => (unanswered += s === STATUS_CODE.ok ? 0 : 1));
    });
    await writeAtomically(invocation.output, lines.join(''));
    io.stdout.write(
      `ews: ${invocation.method} on ${results.length} series, ${weeks} weeks: ${alarms} alarms, ${unanswered} weeks with a status other than ok; wrote ${invocation.output}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ControlError) {
      io.stderr.write(`ews: ${error.message}\n`);
      return 2;
    }
    if (error instanceof CsvFormatError) {
      io.stderr.write(`ews: ${inputName}: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`ews: failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
