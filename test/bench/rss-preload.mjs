// Loaded with `node --import` when /usr/bin/time is missing: writes the process's peak RSS (KiB)
// and CPU seconds (user, system) to $LEAKPROOF_BENCH_RSS_FILE on exit, as `/usr/bin/time -f '%M %U %S'`.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  try {
    const usage = process.resourceUsage();
    writeFileSync(process.env.LEAKPROOF_BENCH_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
  } catch {
    /* best effort */
  }
});
