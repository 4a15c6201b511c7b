/**
 * Preloaded with `node --import` into a process under measurement: on exit
 * it writes the process's peak resident set size to the file named by
 * LAFS_BENCH_RSS_FILE.
 */
import { writeFileSync } from 'node:fs'

const target = process.env.LAFS_BENCH_RSS_FILE
if (target !== undefined) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024))
  })
}
