/** The pages the sitemap rules cite. */
export const PROTOCOL = 'https://www.sitemaps.org/protocol.html'
export const GOOGLE_BUILD = 'https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap'
export const GOOGLE_NEWS = 'https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap'
export const GOOGLE_IMAGE = 'https://developers.google.com/search/docs/crawling-indexing/sitemaps/image-sitemaps'
export const GOOGLE_LOCALIZED = 'https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap'
export const SPRING_CLEANING = 'https://developers.google.com/search/blog/2022/05/spring-cleaning-sitemap-extensions'
