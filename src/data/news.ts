import { getCollection, type CollectionEntry } from 'astro:content';
import { formatDate, formatPartialDate, instantToIso, parsePartialDate } from '../lib/dates';
import { renderMarkdown } from '../lib/markdown';
import { buildTime, byDateDesc, isPublished } from '../lib/publication';
import { relatedFinder } from '../lib/related';
import { routes } from '../lib/routes';
import { slugify } from '../lib/slug';
import { localityName } from './documents';

export type NewsEntry = CollectionEntry<'news'>;

/** News items on a list page. */
export const NEWS_PAGE_SIZE = 20;

let publishedPromise: Promise<NewsEntry[]> | undefined;

/**
 * Published news, newest posted first: drafts and items posted after the build
 * (Việt Nam time) are left out. The posting date orders them, never the date of
 * the event an item reports.
 */
export function getPublishedNews(): Promise<NewsEntry[]> {
	const now = buildTime();
	publishedPromise ??= (async () => {
		const items = await getCollection('news');
		return items.filter((entry) => isPublished(entry.data, now)).sort(byDateDesc);
	})();
	return publishedPromise;
}

/** A tag with its URL; tags that slug alike ("Cai nghiện", "cai nghiện") are one. */
export interface TagView {
	slug: string;
	label: string;
	href: string;
}

function tagView(label: string): TagView {
	const slug = slugify(label);
	return { slug, label, href: routes.tag(slug) };
}

/** A news item as a list shows it. */
export interface NewsCard {
	id: string;
	href: string;
	title: string;
	description: string;
	/** Posting date: when the portal published the item. */
	dateIso: string;
	dateText: string;
	/** The day of the event it reports, when earlier than the posting. */
	eventIso?: string | undefined;
	eventText?: string | undefined;
	author: string;
	locality?: string | undefined;
	tags: TagView[];
	image?: NewsEntry['data']['image'];
}

export function toCard(entry: NewsEntry): NewsCard {
	return {
		id: entry.id,
		href: routes.newsItem(entry.id),
		title: entry.data.title,
		description: entry.data.description,
		dateIso: instantToIso(entry.data.date),
		dateText: formatDate(entry.data.date),
		eventIso: entry.data.eventDate,
		eventText: entry.data.eventDate ? formatPartialDate(parsePartialDate(entry.data.eventDate)!) : undefined,
		author: entry.data.author,
		locality: entry.data.locality ? localityName(entry.data.locality) : undefined,
		tags: entry.data.tags.map(tagView),
		image: entry.data.image,
	};
}

/** Published items as cards, optionally of one tag or one campaign. */
export async function getNewsCards(filter: { tag?: string; campaign?: string } = {}): Promise<NewsCard[]> {
	const items = await getPublishedNews();
	return items
		.filter(
			(item) =>
				(filter.campaign === undefined || item.data.campaign?.id === filter.campaign) &&
				(filter.tag === undefined || item.data.tags.some((tag) => slugify(tag) === filter.tag)),
		)
		.map(toCard);
}

let tagsPromise: Promise<(TagView & { items: NewsCard[] })[]> | undefined;

/** Every tag in use, with its items; the label is the first spelling met (newest item). */
export function getTags(): Promise<(TagView & { items: NewsCard[] })[]> {
	tagsPromise ??= (async () => {
		const tags = new Map<string, TagView & { items: NewsCard[] }>();
		for (const item of await getPublishedNews()) {
			const card = toCard(item);
			for (const tag of card.tags) {
				const entry = tags.get(tag.slug) ?? { ...tag, items: [] };
				// Two tags of one item can slug alike; the item was then just added.
				if (entry.items.at(-1)?.id !== card.id) entry.items.push(card);
				tags.set(tag.slug, entry);
			}
		}
		return [...tags.values()].sort((a, b) => b.items.length - a.items.length || a.label.localeCompare(b.label, 'vi'));
	})();
	return tagsPromise;
}

let relatedPromise: Promise<(id: string) => NewsCard[]> | undefined;

/** Related items of a news item: shared tags, plans or campaign, nearest in time. */
export function getRelatedNews(): Promise<(id: string) => NewsCard[]> {
	relatedPromise ??= (async () => {
		const items = await getPublishedNews();
		const byId = new Map(items.map((item) => [item.id, item]));
		const relatable = items.map((item) => ({
			id: item.id,
			time: item.data.date.getTime(),
			keys: [
				...item.data.tags.map((tag) => `t:${slugify(tag)}`),
				...item.data.plans.map((plan) => `p:${plan.id}`),
				...(item.data.campaign ? [`c:${item.data.campaign.id}`] : []),
			],
		}));
		const find = relatedFinder(relatable);
		const byRelatable = new Map(relatable.map((entry) => [entry.id, entry]));
		return (id: string) => find(byRelatable.get(id)!).map((other) => toCard(byId.get(other)!));
	})();
	return relatedPromise;
}

/** Body HTML of an item, rendered like the CMS preview renders it. */
export function newsBodyHtml(entry: NewsEntry): string {
	return renderMarkdown(entry.body ?? '');
}
