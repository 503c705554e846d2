import type { HTMLAttributes } from 'react';

/** Table row attributes carrying a test id; antd's onRow type does not list data-* attributes. */
export function rowTestId(testId: string): HTMLAttributes<HTMLElement> {
  const attributes: Record<`data-${string}`, string> = { 'data-testid': testId };
  return attributes;
}
