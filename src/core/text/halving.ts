/**
 * The first index in `[0, count)` at which `reached` holds, for a `reached` that is false and then true along the
 * indexes (positions in text order, ranges that do not overlap), found by halving; `count` when it never holds.
 */
export function firstReached(count: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
