import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { renderMarkdown } from '../lib/markdown';
import { PAGES_WITH_OWN_ROUTE } from '../schemas/page';
import { getClaimResolver, type ClaimView } from './claims';

type PageEntry = CollectionEntry<'pages'>;

/** A sourced section of a page, its claims ready to render. */
export interface PageSection {
	id: string;
	heading: string;
	claims: ClaimView[];
	subsections: Omit<PageSection, 'subsections'>[];
}

/** A page with its body rendered by the portal's own Markdown renderer and its sourced sections resolved. */
async function pageView(entry: PageEntry) {
	const claims = await getClaimResolver();
	const sections: PageSection[] = entry.data.sections.map((section) => ({
		id: section.id,
		heading: section.heading,
		claims: section.claims.map(claims.claim),
		subsections: section.subsections.map((sub) => ({ id: sub.id, heading: sub.heading, claims: sub.claims.map(claims.claim) })),
	}));
	return { ...entry, html: renderMarkdown(entry.body ?? ''), sections };
}

/** A static page with a route of its own. */
export async function getPage(id: (typeof PAGES_WITH_OWN_ROUTE)[number]) {
	// The content check has made these pages exist.
	return pageView((await getEntry('pages', id))!);
}

/** Static pages that have no route of their own, served at `/<id>/`. */
export async function getGenericPages() {
	const pages = await getCollection('pages', (page) => !(PAGES_WITH_OWN_ROUTE as readonly string[]).includes(page.id));
	return Promise.all(pages.map(pageView));
}
