/**
 * A one-line progress bar on a terminal's stderr, for long transfers.
 * Redraws at most a few times a second and only after the transfer has
 * taken a moment, so quick commands print nothing extra.
 */

const REDRAW_MS = 200
const SHOW_AFTER_MS = 500
const WIDTH = 30

function human (bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++ }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit] ?? 'B'}`
}

export class ProgressBar {
  readonly #stream: NodeJS.WritableStream
  readonly #enabled: boolean
  readonly #label: string
  readonly #started = Date.now()
  #lastDraw = 0
  #drawn = false

  constructor (stream: NodeJS.WritableStream, enabled: boolean, label: string) {
    this.#stream = stream
    this.#enabled = enabled
    this.#label = label
  }

  update (done: number, total: number | undefined): void {
    if (!this.#enabled) return
    const now = Date.now()
    if (now - this.#started < SHOW_AFTER_MS || now - this.#lastDraw < REDRAW_MS) return
    this.#lastDraw = now
    const rate = done / Math.max(0.001, (now - this.#started) / 1000)
    let line = `${this.#label} ${human(done)}`
    if (total !== undefined && total > 0) {
      const fraction = Math.min(1, done / total)
      const filled = Math.round(fraction * WIDTH)
      line = `${this.#label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0)}% ${human(done)}/${human(total)}`
    }
    this.#stream.write(`\r${line} ${human(rate)}/s\x1b[K`)
    this.#drawn = true
  }

  done (): void {
    if (this.#drawn) this.#stream.write('\r\x1b[K')
  }
}
