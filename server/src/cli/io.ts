/** A CLI failure: exit 1 for a failure, 2 for bad usage, with one line on stderr. */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
  ) {
    super(message);
  }
}
export const usage = (message: string) => new CliError(2, message);
export const failure = (message: string) => new CliError(1, message);

export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw usage(
      'pipe the password on standard input, e.g. `printf %s "$PASSWORD" | guomen user create …`',
    );
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
