import { getCollection, getEntry } from 'astro:content';
import { renderMarkdown } from '../lib/markdown';
import { PAGES_WITH_OWN_ROUTE } from '../schemas/page';

/** A static page with its body rendered by the portal's own Markdown renderer. */
export async function getPage(id: (typeof PAGES_WITH_OWN_ROUTE)[number]) {
	// The content check has made these pages exist.
	const entry = (await getEntry('pages', id))!;
	return { ...entry, html: renderMarkdown(entry.body ?? '') };
}

/** Static pages that have no route of their own, served at `/<id>/`. */
export async function getGenericPages() {
	const pages = await getCollection('pages', (page) => !(PAGES_WITH_OWN_ROUTE as readonly string[]).includes(page.id));
	return pages.map((page) => ({ ...page, html: renderMarkdown(page.body ?? '') }));
}
