/**
 * Growth-ratio measurement for linear-time tests: CPU time (process.cpuUsage) of the same work on
 * n and 4n bytes, interleaved in one run, medians of a few repeats. Tests assert the ratio, never
 * an absolute time (a loaded 2-core machine slows both sizes alike).
 */
export const MAX_GROWTH = 6;
/** CPU milliseconds below which one measurement is mostly timer and scheduler noise. */
export const NOISE_FLOOR_MS = 2;

export function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median CPU time of `small` and `large`, measured alternately so that load drifts hit both alike. */
export function measurePair(scan: (text: string) => void, small: string, large: string, repeats = 3): { small: number; large: number } {
  scan(small); // compile and tier up the regexes before timing
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < repeats; i++) {
    s.push(cpuMs(() => scan(small)));
    l.push(cpuMs(() => scan(large)));
  }
  return { small: median(s), large: median(l) };
}

export interface Growth {
  /** Time growth normalised to 4× the bytes; undefined when even the largest size was below the noise floor. */
  readonly ratio: number | undefined;
  readonly small: number;
  readonly large: number;
  /** The smaller input's size parameter at which the ratio was measured. */
  readonly size: number;
}

/**
 * The growth ratio from `make(size)` to `make(4 * size)` at the smallest size where it is
 * measurable (both below the noise floor: the size is multiplied by 4, up to `maxSize`). A failing
 * ratio is measured again, best of five: a super-linear pattern fails all of them, a load spike
 * does not.
 */
export function growthOf(scan: (text: string) => void, make: (size: number) => string, baseSize: number, maxSize: number): Growth {
  let size = baseSize;
  for (;;) {
    const small = make(size);
    const large = make(4 * size);
    let best: Growth | undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      const t = measurePair(scan, small, large);
      // A ratio of two numbers near the timer's resolution is noise (0.5 → 3.1 ms read as 6×): grow the
      // input until the smaller one is measurable too, and only at the largest size accept what remains.
      if (t.large < NOISE_FLOOR_MS || (t.small < NOISE_FLOOR_MS && size < maxSize)) {
        best = { ratio: undefined, ...t, size };
        break;
      }
      const byteRatio = large.length / small.length;
      const ratio = (t.large / Math.max(t.small, NOISE_FLOOR_MS / 8)) * (4 / byteRatio);
      if (!best || best.ratio === undefined || ratio < best.ratio) best = { ratio, ...t, size };
      if (ratio <= MAX_GROWTH) break;
    }
    // A failing ratio whose smaller side is below the noise floor is measured once more at 4× the size
    // (past maxSize): a fixed cost or a regime change near the floor (a keyword's hit list reaching its
    // cap on a dense line: windows, then the whole line) reads as growth; super-linear work still fails.
    const untrusted = best!.ratio !== undefined && best!.ratio > MAX_GROWTH && best!.small < NOISE_FLOOR_MS && size <= maxSize;
    if (!untrusted && (best!.ratio !== undefined || size >= maxSize)) return best!;
    size *= 4;
  }
}
