import Link from 'next/link'
import { JsonLd } from 'dateline-kit/next'
import { config, site } from '../lib/dateline'

export const metadata = {
  alternates: {
    canonical: 'https://semarak.example/',
    types: { 'application/rss+xml': [{ url: 'https://semarak.example/feed.xml', title: 'Semarak (RSS)' }] },
  },
}

export default function Home() {
  return (
    <main>
      <JsonLd page={{ kind: 'home' }} config={config} />
      <h1>Semarak</h1>
      <ul>
        {site().articles.map((article) => (
          <li key={article.slug}>
            <Link href={article.path}>{article.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  )
}
