import { getCollection, getEntry } from 'astro:content';
import { renderMarkdown } from '../lib/markdown';

/** A static page with its body rendered by the portal's own Markdown renderer. */
export async function getPage(id: string) {
	const entry = await getEntry('pages', id);
	if (!entry) throw new Error(`content/pages/${id}.md không tồn tại`);
	return { ...entry, html: renderMarkdown(entry.body ?? '') };
}

/** Pages with a route of their own in `src/pages/`, which add computed parts to their text. */
const PAGES_WITH_OWN_ROUTE = ['gioi-thieu', 'tuyen-bo-tiep-can', 'ho-tro'];

/** Static pages that have no route of their own, served at `/<id>/`. */
export async function getGenericPages() {
	const pages = await getCollection('pages', (page) => !PAGES_WITH_OWN_ROUTE.includes(page.id));
	return pages.map((page) => ({ ...page, html: renderMarkdown(page.body ?? '') }));
}
