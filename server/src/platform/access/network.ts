import net from 'node:net';

/** Whether an address falls in any of the ranges (CIDR or single addresses); IPv4-mapped IPv6 counts as IPv4. */
export function addressInRanges(address: string | null, ranges: readonly string[]): boolean {
  if (!address) return false;
  const list = new net.BlockList();
  for (const range of ranges) {
    const [base, bits] = range.split('/');
    if (!base) continue;
    const type = net.isIPv6(base) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(base, type);
    else list.addSubnet(base, Number(bits), type);
  }
  const mapped = address.startsWith('::ffff:') ? address.slice(7) : address;
  const type = net.isIPv6(mapped) ? 'ipv6' : 'ipv4';
  return net.isIP(mapped) !== 0 && list.check(mapped, type);
}
