import type { APIRoute } from 'astro';
import { routes } from '../lib/routes';

/** The CMS stays out of search engines; the sitemap is announced with its absolute URL. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(routes.sitemap, site).href;
	return new Response(`User-agent: *\nDisallow: ${routes.admin}\n\nSitemap: ${sitemap}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
