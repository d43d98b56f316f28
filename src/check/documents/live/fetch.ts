/**
 * Fetch one document the way a checker needs it: redirects followed by hand
 * (`redirect: 'manual'`) so each hop is known, a timeout over the whole
 * exchange, and the body read only up to a size limit.
 */

export interface FetchLimits {
  /** Milliseconds for the whole exchange (all hops and the body). */
  timeoutMs: number
  /** Body bytes read at most; past that the response counts as too large. */
  maxBytes: number
  /** Hops followed before giving up. */
  maxRedirects: number
  /** Sent as User-Agent. */
  userAgent: string
}

export interface RedirectHop {
  from: string
  status: number
  to: string
}

export type Fetched =
  | {
      ok: true
      /** The URL asked for. */
      url: string
      /** Where the redirects ended. */
      finalUrl: string
      status: number
      contentType: string | undefined
      lastModified: string | undefined
      redirects: RedirectHop[]
      /** The body, unless it was larger than `maxBytes`. */
      bytes: Uint8Array | undefined
    }
  | { ok: false; url: string; redirects: RedirectHop[]; reason: string }

/** GET `url`, following up to `limits.maxRedirects` redirects by hand. Never throws. */
export async function fetchDocument(url: string, limits: FetchLimits): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs)
  const redirects: RedirectHop[] = []
  let current = url
  try {
    for (;;) {
      const response = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': limits.userAgent, accept: '*/*' } })
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel()
        const next = new URL(location, current).href
        redirects.push({ from: current, status: response.status, to: next })
        if (redirects.length > limits.maxRedirects) return { ok: false, url, redirects, reason: `more than ${limits.maxRedirects} redirects` }
        if (!/^https?:$/.test(new URL(next).protocol)) return { ok: false, url, redirects, reason: `redirect to a URL that is not http(s): ${next}` }
        current = next
        continue
      }
      const bytes = await readUpTo(response, limits.maxBytes)
      return {
        ok: true,
        url,
        finalUrl: current,
        status: response.status,
        contentType: response.headers.get('content-type') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined,
        redirects,
        bytes,
      }
    }
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    const reason =
      (error as Error).name === 'TimeoutError' ? `no complete answer within ${limits.timeoutMs / 1000} s` : cause?.code ?? cause?.message ?? (error as Error).message
    return { ok: false, url, redirects, reason }
  }
}

/** The body, or undefined once it passes `maxBytes` (the rest is not read). */
async function readUpTo(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel()
    return undefined
  }
  if (!response.body) return new Uint8Array()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => {})
      return undefined
    }
    chunks.push(value)
  }
}
