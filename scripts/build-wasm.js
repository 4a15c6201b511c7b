// Assembles the WebAssembly kernels from their text sources (src/**/*.wat)
// into dist/, next to the compiled JavaScript that loads them.
import { readFile, writeFile, mkdir, readdir } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import wabtInit from 'wabt'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

async function findWat (dir) {
  const found = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...await findWat(path))
    else if (entry.name.endsWith('.wat')) found.push(path)
  }
  return found
}

const wabt = await wabtInit()
for (const source of await findWat(join(root, 'src'))) {
  const text = await readFile(source, 'utf8')
  const module = wabt.parseWat(source, text, { simd: true })
  module.validate()
  const { buffer } = module.toBinary({})
  module.destroy()
  const target = join(root, 'dist', relative(root, source)).replace(/\.wat$/, '.wasm')
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, buffer)
}
