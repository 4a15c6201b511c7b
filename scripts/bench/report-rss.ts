/**
 * Preloaded with `node --import` into a process under measurement: on exit
 * it writes the process's peak resident set size (bytes) to the file named
 * by LAFS_BENCH_RSS_FILE. It reads VmHWM from /proc: getrusage's maxrss
 * would include the parent's memory at fork time, which Linux carries
 * across exec.
 */
import { readFileSync, writeFileSync } from 'node:fs'

export function peakRssBytes (): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
  return match?.[1] === undefined ? process.resourceUsage().maxRSS * 1024 : Number(match[1]) * 1024
}

const target = process.env.LAFS_BENCH_RSS_FILE
if (target !== undefined) {
  process.on('exit', () => { writeFileSync(target, String(peakRssBytes())) })
}
