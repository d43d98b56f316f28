/** The terminal progress line: late, throttled, erased, and absent when disabled. */
import { describe, expect, it } from 'vitest'
import { createProgress } from '../../src/cli/progress.js'

function fakeClock() {
  let t = 0
  return { now: () => t, advance: (ms: number) => void (t += ms) }
}

describe('progress line', () => {
  it('stays quiet for the first second, then redraws at most ten times a second and erases itself', () => {
    const clock = fakeClock()
    const written: string[] = []
    const progress = createProgress({ write: (text) => written.push(text), enabled: true, now: clock.now })
    progress.update('loading articles', 1, 1000)
    clock.advance(900)
    progress.update('loading articles', 500, 1000)
    expect(written).toEqual([])
    progress.clear()
    expect(written).toEqual([])
    clock.advance(300)
    progress.update('loading articles', 600, 1000)
    progress.update('loading articles', 601, 1000)
    clock.advance(150)
    progress.update('writing articles', 10, 1000)
    expect(written).toEqual(['\r\u001b[2Kloading articles 600/1000, 1.2s', '\r\u001b[2Kwriting articles 10/1000, 1.4s'])
    progress.clear()
    expect(written.at(-1)).toBe('\r\u001b[2K')
  })
  it('writes nothing when disabled (piped, or --quiet)', () => {
    const clock = fakeClock()
    const written: string[] = []
    const progress = createProgress({ write: (text) => written.push(text), enabled: false, now: clock.now })
    clock.advance(5000)
    progress.update('loading articles', 1, 2)
    progress.clear()
    expect(written).toEqual([])
  })
})
