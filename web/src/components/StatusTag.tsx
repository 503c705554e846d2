import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'good' | 'warn' | 'bad' | 'info' | 'neutral';

// Solid, dark backgrounds with white text: antd's light preset tags fall short of WCAG AA contrast.
const TONES: Record<Tone, string | undefined> = {
  good: '#237804',
  warn: '#ad4e00',
  bad: '#a8071a',
  info: '#0b4fa8',
  neutral: undefined,
};

/** A status label that stays readable for everyone. */
export function StatusTag({
  tone,
  title,
  children,
}: {
  tone: Tone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <Tag color={TONES[tone]} title={title} style={{ marginInlineEnd: 4 }}>
      {children}
    </Tag>
  );
}
