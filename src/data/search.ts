import { getCollection } from 'astro:content';
import { loadSiteConfig } from '../config/site';
import { audienceSections, searchTypes } from '../ui-strings';
import { getPublishedNews } from './news';
import { getPlans } from './documents';

/** The values the search filters offer, taken from the content that exists. */
export async function getSearchFilterOptions() {
	const years = new Set<string>();
	for (const plan of await getPlans()) years.add(String(plan.data.year));
	for (const item of await getPublishedNews()) years.add(item.data.date.toISOString().slice(0, 4));
	for (const doc of await getCollection('legal')) if (doc.data.issued) years.add(doc.data.issued.slice(0, 4));
	return {
		types: Object.values(searchTypes),
		years: [...years].sort((a, b) => b.localeCompare(a)),
		localities: loadSiteConfig().localities.map((locality) => locality.name),
		audiences: audienceSections.map((section) => section.label),
	};
}
