import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { articleHtml, JsonLd, toNextMetadata } from 'dateline-kit/next'
import { config, site } from '../../../lib/dateline'

export const dynamicParams = false

export function generateStaticParams() {
  return site().articles.map((article) => ({ slug: article.slug }))
}

function findArticle(slug: string) {
  return site().articles.find((article) => article.slug === decodeURIComponent(slug))
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const article = findArticle((await params).slug)
  return article ? toNextMetadata(article, config) : {}
}

export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const article = findArticle((await params).slug)
  if (!article) notFound()
  return (
    <article lang={article.lang}>
      <JsonLd article={article} config={config} />
      <h1>{article.title}</h1>
      {/* dateline's HTML is sanitized; the paid part stays in the .paywall element the JSON-LD names. */}
      <div dangerouslySetInnerHTML={{ __html: articleHtml(article, { content: 'full', paywall: 'wrap' }) }} />
    </article>
  )
}
