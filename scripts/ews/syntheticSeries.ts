// Seeded synthetic weekly count series for validating the early-warning engine against R: seasonal,
// trending, sparse, all-zero, over-dispersed, with outbreaks and with gaps. Same seed, same series.

export type SeriesKind =
  | 'seasonal'
  | 'trending'
  | 'declining'
  | 'sparse'
  | 'very_sparse'
  | 'all_zero'
  | 'outbreaks'
  | 'sparse_outbreaks'
  | 'gaps'
  | 'overdispersed'
  | 'large'
  | 'short'
  | 'outage';

export const SERIES_KINDS: readonly SeriesKind[] = [
  'seasonal',
  'trending',
  'declining',
  'sparse',
  'very_sparse',
  'all_zero',
  'outbreaks',
  'sparse_outbreaks',
  'gaps',
  'overdispersed',
  'large',
  'short',
  'outage',
];

export interface SyntheticSeries {
  readonly id: string;
  readonly kind: SeriesKind;
  /** null = missing week. */
  readonly counts: (number | null)[];
}

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function poisson(random: () => number, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 60) {
    // Normal approximation keeps large means cheap; the data only need to look like counts.
    const u = Math.max(random(), 1e-12);
    const v = random();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let product = random();
  while (product > limit) {
    k++;
    product *= random();
  }
  return k;
}

function gamma(random: () => number, shape: number): number {
  // Marsaglia-Tsang, with the usual boost for shape < 1.
  if (shape < 1) return gamma(random, shape + 1) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const u1 = Math.max(random(), 1e-12);
    const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random());
    const v = Math.pow(1 + c * normal, 3);
    if (v > 0 && Math.log(random()) < 0.5 * normal * normal + d - d * v + d * Math.log(v))
      return d * v;
  }
}

function negativeBinomial(random: () => number, mean: number, size: number): number {
  return poisson(random, (gamma(random, size) * mean) / size);
}

function seasonalMean(base: number, amplitude: number, phase: number, t: number): number {
  return base * Math.exp(amplitude * Math.sin((2 * Math.PI * t) / 52 + phase));
}

function addOutbreaks(random: () => number, counts: number[], count: number, size: number): void {
  for (let o = 0; o < count; o++) {
    const start = Math.floor(random() * (counts.length - 6));
    const length = 2 + Math.floor(random() * 5);
    for (let t = start; t < Math.min(counts.length, start + length); t++)
      counts[t] = counts[t]! + poisson(random, size);
  }
}

export function generateSeries(
  kind: SeriesKind,
  id: string,
  weeks: number,
  random: () => number,
): SyntheticSeries {
  const phase = random() * 2 * Math.PI;
  const amplitude = 0.2 + random() * 0.8;
  const base = 2 + random() * 30;
  const length = kind === 'short' ? weeks - 40 - Math.floor(random() * 10) : weeks;
  const draw = (meanAt: (t: number) => number): number[] =>
    Array.from({ length }, (_, i) => poisson(random, meanAt(i + 1)));
  let counts: number[];
  switch (kind) {
    case 'seasonal':
    case 'short':
      counts = draw((t) => seasonalMean(base, amplitude, phase, t));
      break;
    case 'trending':
      counts = draw((t) => seasonalMean(base / 3, amplitude, phase, t) * Math.exp(0.004 * t));
      break;
    case 'declining':
      counts = draw((t) => seasonalMean(base * 2, amplitude, phase, t) * Math.exp(-0.005 * t));
      break;
    case 'sparse':
      counts = draw((t) => seasonalMean(0.4, amplitude, phase, t));
      break;
    case 'very_sparse':
      counts = draw(() => 0.06);
      break;
    case 'all_zero':
      counts = new Array<number>(length).fill(0);
      break;
    case 'outbreaks':
      counts = draw((t) => seasonalMean(base / 2, amplitude, phase, t));
      addOutbreaks(random, counts, 6, base);
      break;
    case 'sparse_outbreaks':
      counts = draw(() => 0.5);
      addOutbreaks(random, counts, 5, 6);
      break;
    case 'overdispersed':
      counts = Array.from({ length }, (_, i) =>
        negativeBinomial(random, seasonalMean(base, amplitude, phase, i + 1), 1.5),
      );
      break;
    case 'large':
      counts = draw((t) => seasonalMean(300 + base * 10, amplitude, phase, t));
      break;
    case 'outage': {
      // The same weeks missing every year (a reporting break), so that a whole seasonal block can be empty.
      counts = draw((t) => seasonalMean(base, amplitude, phase, t));
      const withOutage: (number | null)[] = counts;
      const first = Math.floor(random() * 40);
      for (let t = 0; t < length; t++)
        if (t % 52 >= first && t % 52 < first + 8) withOutage[t] = null;
      return { id, kind, counts: withOutage };
    }
    case 'gaps': {
      counts = draw((t) => seasonalMean(base, amplitude, phase, t));
      const withGaps: (number | null)[] = counts;
      for (let g = 0; g < 6; g++) {
        const start = Math.floor(random() * length);
        const gap = 1 + Math.floor(random() * 4);
        for (let t = start; t < Math.min(length, start + gap); t++) withGaps[t] = null;
      }
      return { id, kind, counts: withGaps };
    }
  }
  return { id, kind, counts };
}

/** `count` series cycling through `kinds` (default: all), deterministic in the seed. */
export function generateCollection(options: {
  seed: number;
  weeks: number;
  count: number;
  kinds?: readonly SeriesKind[];
}): SyntheticSeries[] {
  const random = seededRandom(options.seed);
  const kinds = options.kinds ?? SERIES_KINDS;
  return Array.from({ length: options.count }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    return generateSeries(
      kind,
      `s${String(i + 1).padStart(4, '0')}_${kind}`,
      options.weeks,
      random,
    );
  });
}

export function toCountsCsv(series: readonly SyntheticSeries[]): string {
  const lines = ['series_id,week_index,count'];
  for (const s of series)
    s.counts.forEach((c, i) => lines.push(`${s.id},${i + 1},${c === null ? '' : c}`));
  return `${lines.join('\n')}\n`;
}
