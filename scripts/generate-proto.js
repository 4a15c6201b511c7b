// Generates the protobuf codecs: for each proto/NAME.proto, a static ES
// module src/protocol/generated/NAME.js with its NAME.d.ts (protobufjs-cli),
// and a copy of the .js under dist/ where the compiled code imports it (tsc
// does not emit .js sources). The output is not committed: `npm run build`
// (and so `npm ci`, through `prepare`) regenerates it. See docs/wire.md.
import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile, copyFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const protoDir = join(root, 'proto')
const outDir = join(root, 'src', 'protocol', 'generated')
const distDir = join(root, 'dist', 'src', 'protocol', 'generated')
const pbjs = createRequire(import.meta.url).resolve('protobufjs-cli/bin/pbjs')

// With --force-number the generated types say `number` for 64-bit fields,
// but the decoder still returns Long objects whenever the `long` package is
// installed. Turning Long off in the shared protobufjs runtime makes the
// decoder return numbers, so the types are true. Values above 2^53 lose
// precision; the codecs reject anything that is not a safe integer.
const NUMBERS_NOT_LONGS =
  '// lafs: decode 64-bit integers as numbers (see scripts/generate-proto.js).\n' +
  '$protobuf.util.Long = undefined;\n$protobuf.configure();\n'
const RUNTIME_IMPORT = 'import $protobuf from "protobufjs/minimal.js";\n'

const protos = (await readdir(protoDir)).filter(name => name.endsWith('.proto')).sort()
await mkdir(outDir, { recursive: true })
await mkdir(distDir, { recursive: true })

for (const proto of protos) {
  const name = basename(proto, '.proto')
  const jsPath = join(outDir, `${name}.js`)
  execFileSync(process.execPath, [
    pbjs, '--target', 'static-module', '--wrap', 'esm', '--force-number',
    '--root', `lafs_${name.replace(/\W/g, '_')}`,
    '--no-service', '--no-verify', '--no-convert', '--no-delimited', '--no-typeurl',
    '--dts', '--out', jsPath, join(protoDir, proto)
  ], { stdio: 'inherit' })

  const js = await readFile(jsPath, 'utf8')
  if (!js.includes(RUNTIME_IMPORT)) throw new Error(`${name}.js: unexpected protobufjs import; update generate-proto.js`)
  await writeFile(jsPath, js.replace(RUNTIME_IMPORT, RUNTIME_IMPORT + NUMBERS_NOT_LONGS))

  // The declarations never mention Long once --force-number is on; drop the
  // import so that the file needs no `long` types.
  const dtsPath = join(outDir, `${name}.d.ts`)
  const dts = await readFile(dtsPath, 'utf8')
  await writeFile(dtsPath, dts.replace(/^import Long = require\("long"\);\n/m, ''))

  await copyFile(jsPath, join(distDir, `${name}.js`))
}
