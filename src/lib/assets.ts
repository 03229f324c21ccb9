/**
 * Which built image files nothing refers to. Astro copies the original of every
 * content image next to its resized versions; a phone photo is several MB and
 * carries its EXIF (GPS) data, so an original no page uses must not ship.
 */
export function unreferencedImages(images: readonly string[], texts: Iterable<string>): string[] {
	const unseen = new Set(images);
	for (const text of texts) {
		for (const name of unseen) if (text.includes(name)) unseen.delete(name);
		if (unseen.size === 0) break;
	}
	return [...unseen].sort();
}
