export function serverIsStale(): boolean;
export function buildServer(options?: {
  quiet?: boolean;
  log?: (line: string) => void;
}): Promise<string>;
