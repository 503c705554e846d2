// Householder QR with R's limited column pivoting (LINPACK dqrdc2 as modified for R) and the two
// dqrsl operations glm.fit needs. It is a line-by-line port rather than a textbook QR because R's
// choice of which columns count as aliased, and its rounding, decide borderline alarms. (dqrdc2's
// work(,1) copy of the column norms is only ever written since R's 1999 change, so it is left out.)

/**
 * Plain arrays rather than typed arrays throughout the GLM: V8 allocates a Float64Array of more than
 * 8 elements outside its heap, which costs ten times a plain array of doubles at these sizes.
 */
export function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

/** A QR decomposition in LINPACK's compact form: column-major, n rows, p columns. */
export interface QrDecomposition {
  readonly n: number;
  readonly p: number;
  /** R in the upper triangle, Householder vectors below it (column-major, n*p). */
  readonly qr: number[];
  readonly qraux: number[];
  /** 0-based original column index of each pivoted column. */
  readonly pivot: number[];
  /** Numerical rank: the first `rank` pivoted columns are kept. */
  readonly rank: number;
}

/** Reusable storage for one n x p decomposition, so that IRLS iterations allocate nothing. */
export interface QrWorkspace extends QrDecomposition {
  rank: number;
  readonly referenceNorm: number[];
}

export function qrWorkspace(n: number, p: number): QrWorkspace {
  return {
    n,
    p,
    qr: zeros(n * p),
    qraux: zeros(p),
    pivot: zeros(p),
    rank: 0,
    referenceNorm: zeros(p),
  };
}

function columnNorm(a: number[], start: number, length: number): number {
  let sum = 0;
  for (let i = start; i < start + length; i++) sum += a[i]! * a[i]!;
  return Math.sqrt(sum);
}

/** Decomposes the matrix in `workspace.qr` (overwritten) like R's dqrdc2 with tolerance `tol`. */
export function householderQr(workspace: QrWorkspace, tol: number): void {
  const { n, p, qr: x, qraux, referenceNorm, pivot } = workspace;
  for (let j = 0; j < p; j++) {
    pivot[j] = j;
    const norm = columnNorm(x, j * n, n);
    qraux[j] = norm;
    referenceNorm[j] = norm === 0 ? 1 : norm;
  }
  const steps = Math.min(n, p);
  let k = p + 1;
  for (let l = 1; l <= steps; l++) {
    // Move columns whose remaining norm became negligible to the end (they are aliased).
    while (l < k && qraux[l - 1]! < referenceNorm[l - 1]! * tol) {
      rotateColumnToEnd(x, n, p, l - 1, qraux, referenceNorm, pivot);
      k--;
    }
    if (l === n) break;
    const col = (l - 1) * n;
    const diag = col + l - 1;
    let nrmxl = columnNorm(x, diag, n - l + 1);
    if (nrmxl === 0) continue;
    if (x[diag] !== 0) nrmxl = Math.abs(nrmxl) * Math.sign(x[diag]!);
    for (let i = diag; i < col + n; i++) x[i] = x[i]! / nrmxl;
    x[diag] = 1 + x[diag]!;
    for (let j = l + 1; j <= p; j++) {
      const cj = (j - 1) * n + l - 1;
      let dot = 0;
      for (let i = 0; i < n - l + 1; i++) dot += x[diag + i]! * x[cj + i]!;
      const t = -dot / x[diag];
      for (let i = 0; i < n - l + 1; i++) x[cj + i] = x[cj + i]! + t * x[diag + i]!;
      if (qraux[j - 1] === 0) continue;
      const ratio = Math.abs(x[cj]!) / qraux[j - 1]!;
      const tt = Math.max(1 - ratio * ratio, 0);
      if (Math.abs(tt) < 1e-6) {
        qraux[j - 1] = columnNorm(x, cj + 1, n - l);
      } else {
        qraux[j - 1] = qraux[j - 1]! * Math.sqrt(tt);
      }
    }
    qraux[l - 1] = x[diag]!;
    x[diag] = -nrmxl;
  }
  workspace.rank = Math.min(k - 1, n);
}

function rotateColumnToEnd(
  x: number[],
  n: number,
  p: number,
  from: number,
  qraux: number[],
  referenceNorm: number[],
  pivot: number[],
): void {
  for (let i = 0; i < n; i++) {
    const t = x[from * n + i]!;
    for (let j = from + 1; j < p; j++) x[(j - 1) * n + i] = x[j * n + i]!;
    x[(p - 1) * n + i] = t;
  }
  for (const arr of [qraux, referenceNorm]) {
    const t = arr[from]!;
    arr.copyWithin(from, from + 1, p);
    arr[p - 1] = t;
  }
  const t = pivot[from]!;
  pivot.copyWithin(from, from + 1, p);
  pivot[p - 1] = t;
}

/** Overwrites `y` by Q'y (dqrsl job 1000). */
export function applyQTranspose(qr: QrDecomposition, y: number[]): void {
  const { n, qr: a, qraux } = qr;
  const steps = Math.min(qr.rank, n - 1);
  for (let j = 0; j < steps; j++) {
    if (qraux[j] === 0) continue;
    const diag = j * n + j;
    const saved = a[diag]!;
    a[diag] = qraux[j]!;
    let dot = 0;
    for (let i = 0; i < n - j; i++) dot += a[diag + i]! * y[j + i]!;
    const t = -dot / a[diag];
    for (let i = 0; i < n - j; i++) y[j + i] = y[j + i]! + t * a[diag + i]!;
    a[diag] = saved;
  }
}

/** Solves R b = rhs[0..rank) in place (back substitution on the leading rank x rank block). */
export function solveUpper(qr: QrDecomposition, rhs: number[]): void {
  const { n, qr: a, rank } = qr;
  for (let j = rank - 1; j >= 0; j--) {
    rhs[j] = rhs[j]! / a[j * n + j]!;
    const t = -rhs[j]!;
    for (let i = 0; i < j; i++) rhs[i] = rhs[i]! + t * a[j * n + i]!;
  }
}

/** Solves R' v = rhs[0..rank) in place (forward substitution). */
export function solveUpperTransposed(qr: QrDecomposition, rhs: number[]): void {
  const { n, qr: a, rank } = qr;
  for (let j = 0; j < rank; j++) {
    let s = rhs[j]!;
    for (let i = 0; i < j; i++) s -= a[j * n + i]! * rhs[i]!;
    rhs[j] = s / a[j * n + j]!;
  }
}
