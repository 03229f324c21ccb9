import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTime, byDateDesc, isPublished } from '../lib/publication';

export type NewsEntry = CollectionEntry<'news'>;

/** Published news, newest first: drafts and items dated after the build (Việt Nam time) are left out. */
export async function getPublishedNews(now: Date = buildTime()): Promise<NewsEntry[]> {
	const items = await getCollection('news', (entry) => isPublished(entry.data, now));
	return items.sort(byDateDesc);
}
