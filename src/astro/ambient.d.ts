// Modules that exist only inside an Astro (Vite) build: `astro:content`, and
// the options the integration passes to its routes and component.
declare module 'astro:content' {
  export function getCollection(collection: string): Promise<import('./types.js').AstroEntry[]>
}

declare module 'virtual:dateline-kit/astro' {
  export const options: import('./types.js').AstroRuntimeOptions
  export const url: (entry: import('./types.js').AstroEntry) => string
}
