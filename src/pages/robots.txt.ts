import type { APIRoute } from 'astro';

/** The CMS stays out of search engines; the sitemap is announced with its absolute URL. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL('/sitemap-index.xml', site).href;
	return new Response(`User-agent: *\nDisallow: /admin/\n\nSitemap: ${sitemap}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
