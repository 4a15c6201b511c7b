/**
 * Loads and drives the WebAssembly SIMD kernel (kernel.wat, assembled at build
 * time into kernel.wasm next to this file). The module is compiled
 * synchronously on first use and one instance, with one growing memory, is
 * shared by every codec.
 */
import { readFileSync } from 'node:fs'
import { GF_MUL, GF_SIZE } from './gf.js'

const WASM_URL = new URL('./kernel.wasm', import.meta.url)
const PAGE = 65536
const VECTOR = 16
/** Bytes of tables per (row, input) coefficient: a low and a high nibble table. */
const TABLE_PAIR = 2 * VECTOR
/** Rows the kernel handles together (kernel.wat's widest group). */
const GROUP = 4
/**
 * Bytes of wasm memory the k + m streams of one call share. Long inputs are
 * processed in strips of this total size, which bounds the memory and keeps
 * each strip in L2 from its copy in, through the kernel, to its copy out.
 */
const STRIP_BUDGET = 1 << 18
/** The smallest strip per stream, so many-stream codes still make long calls. */
const MIN_STRIP = 4096
/** Bytes of the k input chunks that should stay in L1 while all rows read them. */
const CHUNK_BUDGET = 16384
const MIN_CHUNK = 256

/** The smallest module using v128: validates only where SIMD is supported. */
const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type: () -> v128
  0x03, 0x02, 0x01, 0x00, // one function of type 0
  0x0a, 0x16, 0x01, 0x14, 0x00, 0xfd, 0x0c, // body: v128.const
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0b
])

interface KernelExports {
  memory: WebAssembly.Memory
  combine: (tab: number, k: number, m: number, input: number, stride: number,
    output: number, ostride: number, length: number, chunk: number) => void
}

/**
 * The kernel's tables for a rows x k coefficient matrix, in the layout
 * kernel.wat expects: rows in groups of four (then one group of the rest);
 * within a group, for each input, the (low, high) nibble tables of each row.
 */
export function nibbleTables (coefficients: Uint8Array, rows: number, k: number): Uint8Array {
  const tables = new Uint8Array(rows * k * TABLE_PAIR)
  let at = 0
  for (let first = 0; first < rows; first += GROUP) {
    const size = Math.min(GROUP, rows - first)
    for (let j = 0; j < k; j++) {
      for (let r = first; r < first + size; r++) {
        const base = (coefficients[r * k + j] ?? 0) * GF_SIZE
        for (let x = 0; x < VECTOR; x++) {
          tables[at + x] = GF_MUL[base + x] ?? 0
          tables[at + VECTOR + x] = GF_MUL[base + (x << 4)] ?? 0
        }
        at += TABLE_PAIR
      }
    }
  }
  return tables
}

/**
 * A plain Uint8Array over fresh memory that is not zeroed first, which saves
 * a pass over every output; callers overwrite every byte before returning it.
 */
function uninitialized (length: number): Uint8Array {
  const buffer = Buffer.allocUnsafeSlow(length)
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length)
}

function roundUp (value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple
}

export class WasmKernel {
  readonly #exports: KernelExports
  #heap: Uint8Array
  /** The tables now at offset 0 of the memory, to skip copying them again. */
  #loaded: Uint8Array | undefined

  constructor (exports: KernelExports) {
    this.#exports = exports
    this.#heap = new Uint8Array(exports.memory.buffer)
  }

  /**
   * `outputs[r] = XOR_j c[r][j] * inputs[j]` over `length` bytes, where
   * `tables` came from `nibbleTables` for a `rows` x k matrix.
   */
  combine (tables: Uint8Array, rows: number, inputs: readonly Uint8Array[], length: number, into?: readonly Uint8Array[]): Uint8Array[] {
    const k = inputs.length
    const outputs: Uint8Array[] = into !== undefined ? [...into] : []
    for (let r = outputs.length; r < rows; r++) outputs.push(uninitialized(length))
    if (rows === 0 || length === 0) return outputs

    const strip = Math.min(roundUp(length, VECTOR), Math.max(MIN_STRIP, roundUp(STRIP_BUDGET / (k + rows), VECTOR)))
    const chunk = Math.min(strip, Math.max(MIN_CHUNK, roundUp(CHUNK_BUDGET / k, VECTOR)))
    const inBase = roundUp(tables.length, 64)
    const outBase = inBase + k * strip
    this.#reserve(outBase + rows * strip)
    if (this.#loaded !== tables) {
      this.#heap.set(tables, 0)
      this.#loaded = tables
    }
    const heap = this.#heap
    for (let offset = 0; offset < length; offset += strip) {
      const size = Math.min(strip, length - offset)
      for (let j = 0; j < k; j++) {
        const input = inputs[j] as Uint8Array
        heap.set(size === input.length ? input : input.subarray(offset, offset + size), inBase + j * strip)
      }
      this.#exports.combine(0, k, rows, inBase, strip, outBase, strip, roundUp(size, VECTOR), chunk)
      for (let r = 0; r < rows; r++) {
        const from = outBase + r * strip
        ;(outputs[r] as Uint8Array).set(heap.subarray(from, from + size), offset)
      }
    }
    return outputs
  }

  /** Grows the memory to at least `bytes`; growing keeps the contents. */
  #reserve (bytes: number): void {
    const memory = this.#exports.memory
    if (memory.buffer.byteLength >= bytes) return
    memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / PAGE))
    this.#heap = new Uint8Array(memory.buffer)
  }
}

let kernel: WasmKernel | undefined
let failure: string | undefined

/**
 * The shared kernel, compiled on first call; undefined (with `wasmFailure()`
 * saying why) where WebAssembly SIMD or the assembled module is missing.
 */
export function wasmKernel (): WasmKernel | undefined {
  if (kernel !== undefined || failure !== undefined) return kernel
  try {
    if (typeof WebAssembly !== 'object' || !WebAssembly.validate(SIMD_PROBE)) {
      failure = 'this runtime has no WebAssembly SIMD'
      return undefined
    }
    const module = new WebAssembly.Module(readFileSync(WASM_URL))
    const instance = new WebAssembly.Instance(module, {})
    kernel = new WasmKernel(instance.exports as unknown as KernelExports)
  } catch (err: unknown) {
    failure = `cannot load ${WASM_URL.pathname}: ${err instanceof Error ? err.message : String(err)}`
  }
  return kernel
}

/** Why `wasmKernel()` is unavailable, once it has been tried. */
export function wasmFailure (): string | undefined {
  return failure
}
