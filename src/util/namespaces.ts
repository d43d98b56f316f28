/** XML namespaces, named once: the renderers write them and the checkers read them. */

/** RSS 2.0 elements are in no namespace. */
export const RSS_NS = ''
export const ATOM_NS = 'http://www.w3.org/2005/Atom'
export const DC_NS = 'http://purl.org/dc/elements/1.1/'
export const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/'
export const XHTML_NS = 'http://www.w3.org/1999/xhtml'
export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'
export const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1'
export const VIDEO_NS = 'http://www.google.com/schemas/sitemap-video/1.1'
export const RSS1_NS = 'http://purl.org/rss/1.0/'
export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
export const GEO_NS = 'http://www.w3.org/2003/01/geo/wgs84_pos#'
export const MEDIA_NS = 'http://search.yahoo.com/mrss/'
export const ITUNES_NS = 'http://www.itunes.com/dtds/podcast-1.0.dtd'
