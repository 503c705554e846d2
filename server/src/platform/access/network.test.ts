import { describe, expect, it } from 'vitest';
import { addressInRanges } from './network.ts';

describe('addressInRanges', () => {
  it('matches IPv4 ranges, single addresses and IPv4-mapped IPv6', () => {
    expect(addressInRanges('10.1.2.3', ['10.0.0.0/8'])).toBe(true);
    expect(addressInRanges('::ffff:10.1.2.3', ['10.0.0.0/8'])).toBe(true);
    expect(addressInRanges('192.168.1.1', ['10.0.0.0/8', '192.168.1.1'])).toBe(true);
    expect(addressInRanges('192.168.1.2', ['10.0.0.0/8', '192.168.1.1'])).toBe(false);
  });
  it('matches IPv6 and refuses missing or junk addresses', () => {
    expect(addressInRanges('fd00::1', ['fd00::/8'])).toBe(true);
    expect(addressInRanges(null, ['0.0.0.0/0'])).toBe(false);
    expect(addressInRanges('not-an-ip', ['0.0.0.0/0'])).toBe(false);
  });
});
