import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/errors.ts';
import { ensureAllowed } from './policy.ts';

const archived = () => new AppError('THING_ARCHIVED', 422, { zh: '已归档', en: 'archived' });
const locked = () => new AppError('THING_LOCKED', 422, { zh: '已锁定', en: 'locked' });
const codeOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.code}` : error;
  }
};

describe('ensureAllowed', () => {
  it('lets an allowed ability through whatever stands in the way', () => {
    expect(codeOf(() => ensureAllowed(true, [true, archived]))).toBeNull();
  });

  it('names the first obstacle that stands in the way', () => {
    expect(codeOf(() => ensureAllowed(false, [false, archived], [true, locked]))).toBe(
      '422 THING_LOCKED',
    );
    expect(codeOf(() => ensureAllowed(false, [true, archived], [true, locked]))).toBe(
      '422 THING_ARCHIVED',
    );
  });

  it('is the actor’s own refusal, 403, when nothing stands in the way', () => {
    expect(codeOf(() => ensureAllowed(false, [false, archived]))).toBe('403 FORBIDDEN');
    expect(codeOf(() => ensureAllowed(false))).toBe('403 FORBIDDEN');
  });
});
