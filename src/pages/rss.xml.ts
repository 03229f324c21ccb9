import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteConfig, siteAddress } from '../config/site';
import { getPublishedNews } from '../data/news';
import { routes } from '../lib/routes';

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** RSS 2.0 feed of the 50 latest news items; authors as dc:creator (RSS's own field wants an e-mail). */
export const GET: APIRoute = async ({ site }) => {
	const config = loadSiteConfig();
	const news = (await getPublishedNews()).slice(0, 50);
	return rss({
		title: `${config.name} – Tin tức`,
		description: config.description,
		site: site ?? siteAddress(config),
		xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
		customData: '<language>vi</language>',
		items: news.map((item) => ({
			title: item.data.title,
			description: item.data.description,
			pubDate: item.data.date,
			link: routes.newsItem(item.id),
			categories: item.data.tags,
			customData: `<dc:creator>${escapeXml(item.data.author)}</dc:creator>`,
		})),
	});
};
