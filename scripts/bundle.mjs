// `npm run build`, after tsc: the CLI and the worker entry, each rebundled in place as one file.
//
// A process that loads dateline module by module resolves, reads and compiles ~600 files (ours and
// the markdown/HTML stack's): ~0.3 s of CPU before it does any work, paid by every build, every
// check and every worker thread. One file each loads in a fraction of that. The library
// (`dist/index.js` and the subpath entries) stays module by module, for bundlers and tree shaking.
// Paths to shipped files are found from the package root (`util/package-root.ts`), never relative
// to a module's own place, so they hold inside a bundle.
import { build } from 'esbuild'

const ENTRIES = ['dist/cli/bin.js', 'dist/worker.js']

for (const entry of ENTRIES) {
  await build({
    entryPoints: [entry],
    outfile: entry,
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Loaded only for a TypeScript config file, and large: left to Node's loader.
    external: ['jiti'],
    // CommonJS dependencies in an ES module bundle call `require` (for Node's own modules).
    banner: { js: "import { createRequire as __datelineRequire } from 'node:module'; const require = __datelineRequire(import.meta.url);" },
    logLevel: 'warning',
  })
}
