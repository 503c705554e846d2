import { Button } from 'antd';
import type { ReactNode } from 'react';

/** An action in a table row or list item: a small link-style button with a test id. */
export function RowAction({
  onClick,
  testId,
  danger,
  children,
}: {
  onClick: () => void;
  testId?: string;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <Button type="link" size="small" danger={danger} onClick={onClick} data-testid={testId}>
      {children}
    </Button>
  );
}
