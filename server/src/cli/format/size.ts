/** Byte counts for people: B, KB, MB, GB — never "0.00 MB" for a small scan. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  // 1.2 KB, 12.3 KB, 123 KB: never more digits than the number is worth.
  return `${value < 100 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
