import type { reference as astroReference, SchemaContext } from 'astro:content';

/**
 * What schemas need from outside: Astro's `image()` and `reference()`, and the
 * locality ids of the site config. Schemas receive them as arguments instead of
 * importing `astro:content`, so the CMS generator and unit tests build the very
 * same schemas outside Astro.
 */
export interface SchemaTools {
	image: SchemaContext['image'];
	reference: typeof astroReference;
	/** Ids of the localities in `content/site.yaml`. */
	localityIds: readonly [string, ...string[]];
}
