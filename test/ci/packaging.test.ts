/**
 * The GitHub Action and the pre-commit hooks: their shape as GitHub and
 * pre-commit require it, and the action's script run for real with a stand-in
 * `npx` that records its arguments.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8'))
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'))
const hooks = parse(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8'))
const scratch = mkdtempSync(path.join(tmpdir(), 'dateline-action-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

type Step = { id?: string; if?: string; uses?: string; run?: string; shell?: string; with?: Record<string, string>; env?: Record<string, string> }
const steps = action.runs.steps as Step[]

describe('action.yml', () => {
  it('is a composite action whose every run step names its shell', () => {
    expect(action.runs.using).toBe('composite')
    for (const step of steps.filter((s) => s.run)) expect(step.shell, step.id).toBe('bash')
  })
  it('runs the published package at the version of this checkout (dist/ is not committed)', () => {
    expect(action.inputs.version.default).toBe(pkg.version)
    expect(steps.find((s) => s.id === 'check')!.run).toContain('npx --yes "dateline-kit@$DATELINE_VERSION"')
  })
  it('has inputs for paths, format, max-warnings and the SARIF category; setup-node is optional', () => {
    for (const input of ['paths', 'format', 'max-warnings', 'sarif-category', 'setup-node']) expect(action.inputs[input], input).toBeDefined()
    expect(steps[0]!.uses).toMatch(/^actions\/setup-node@/)
    expect(steps[0]!.if).toBe("inputs.setup-node == 'true'")
  })
  it('uploads SARIF with if: always(), since check exits 1 on findings', () => {
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!
    expect(upload.if).toMatch(/^always\(\) && /)
    expect(upload.with!.category).toBe('${{ inputs.sarif-category }}')
  })

  const runScript = (env: Record<string, string>) => {
    const bin = path.join(scratch, 'bin')
    execFileSync('mkdir', ['-p', bin])
    const log = path.join(scratch, 'npx-args')
    writeFileSync(path.join(bin, 'npx'), `#!/bin/bash\nfor a in "$@"; do printf '%s\\n' "$a"; done > "${log}"\nexit 1\n`)
    chmodSync(path.join(bin, 'npx'), 0o755)
    const output = path.join(scratch, 'github-output')
    writeFileSync(output, '')
    let code = 0
    try {
      execFileSync('bash', ['-e', '-c', steps.find((s) => s.id === 'check')!.run!], {
        cwd: scratch,
        env: { PATH: `${bin}:${process.env.PATH}`, GITHUB_OUTPUT: output, DATELINE_VERSION: '9.9.9', DATELINE_PATHS: '', DATELINE_FORMAT: 'github', DATELINE_MAX_WARNINGS: '-1', DATELINE_SARIF_FILE: 'dateline.sarif', DATELINE_ARGS: '', ...env },
        stdio: 'pipe',
      })
    } catch (error) {
      code = (error as { status: number }).status
    }
    return { code, args: readFileSync(log, 'utf8').trimEnd().split('\n'), outputs: readFileSync(output, 'utf8') }
  }
  it('passes paths (spaces or newlines; globs unexpanded), format and limits to npx, and its exit code out', () => {
    const run = runScript({ DATELINE_PATHS: 'dist/*.html\ndist/feed.xml', DATELINE_MAX_WARNINGS: '5', DATELINE_ARGS: '--policy dateline' })
    expect(run.code).toBe(1)
    expect(run.args).toEqual(['--yes', 'dateline-kit@9.9.9', 'check', 'dist/*.html', 'dist/feed.xml', '--max-warnings=5', '--policy', 'dateline', '--format', 'github'])
    expect(run.outputs).toContain('exit-code=1')
  })
  it('writes SARIF to the given file and names it as an output', () => {
    const run = runScript({ DATELINE_FORMAT: 'sarif', DATELINE_SARIF_FILE: 'out/d.sarif' })
    expect(run.args).toEqual(['--yes', 'dateline-kit@9.9.9', 'check', '--max-warnings=-1', '--format', 'sarif', '--output', 'out/d.sarif'])
    expect(run.outputs).toContain('sarif-file=out/d.sarif')
  })
})

describe('.pre-commit-hooks.yaml', () => {
  it('installs with language: node, which builds through the prepare script', () => {
    expect(pkg.scripts.prepare).toMatch(/tsc/)
    for (const hook of hooks) {
      expect(hook.language).toBe('node')
      expect(hook.entry).toBe('dateline check')
    }
  })
  it('runs site mode on the whole site (pass_filenames: false)', () => {
    expect(hooks.find((h: { id: string }) => h.id === 'dateline-check').pass_filenames).toBe(false)
  })
})
