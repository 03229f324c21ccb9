import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteConfig, siteAddress } from '../config/site';
import { getPublishedNews } from '../data/news';
import { rfc822InVietnam } from '../lib/dates';
import { absoluteUrl } from '../lib/page-meta';
import { routes } from '../lib/routes';

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * RSS 2.0 feed of the 50 latest news items; authors as dc:creator (RSS's own field wants an
 * e-mail). The feed names its own address (`atom:link rel="self"`, as the RSS Advisory Board
 * asks) and its `lastBuildDate` is the newest item's posting date, not the build's time.
 */
export const GET: APIRoute = async ({ site }) => {
	const config = loadSiteConfig();
	const news = (await getPublishedNews()).slice(0, 50);
	const self = absoluteUrl(routes.feed, site ?? siteAddress(config));
	const newest = news[0]?.data.date;
	return rss({
		title: `${config.name} – Tin tức`,
		description: config.description,
		site: site ?? siteAddress(config),
		xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			'<language>vi</language>',
			...(newest ? [`<lastBuildDate>${rfc822InVietnam(newest)}</lastBuildDate>`] : []),
			`<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
		].join(''),
		items: news.map((item) => ({
			title: item.data.title,
			description: item.data.description,
			link: routes.newsItem(item.id),
			categories: item.data.tags,
			// pubDate written here, not by @astrojs/rss (which writes GMT): the day of the item as posted in Việt Nam.
			customData: `<pubDate>${rfc822InVietnam(item.data.date)}</pubDate><dc:creator>${escapeXml(item.data.author)}</dc:creator>`,
		})),
	});
};
