import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../config/site';
import { getPublishedNews } from '../data/news';

/** RSS feed of the latest news. */
export const GET: APIRoute = async ({ site }) => {
	const config = loadSiteConfig();
	const news = (await getPublishedNews()).slice(0, 50);
	return rss({
		title: `${config.name} – Tin tức`,
		description: config.description,
		site: site ?? config.url,
		customData: '<language>vi</language>',
		items: news.map((item) => ({
			title: item.data.title,
			description: item.data.description,
			pubDate: item.data.date,
			link: `/tin-tuc/${item.id}/`,
			categories: item.data.tags,
			author: item.data.author,
		})),
	});
};
