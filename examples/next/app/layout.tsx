import type { Metadata } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  metadataBase: new URL('https://semarak.example/'),
  title: { template: '%s | Semarak', default: 'Semarak' },
  description: 'Berita pelayanan publik dan reformasi birokrasi',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  )
}
