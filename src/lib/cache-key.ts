import { createHash } from 'node:crypto';

/**
 * JSON with object keys in sorted order, so two equal values always give the same
 * text whatever order their fields were built in. Dates become their ISO text
 * (JSON's own rule); maps and sets their entries, so none is silently `{}`.
 */
function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) => {
		if (item instanceof Map) return [...item.entries()];
		if (item instanceof Set) return [...item.values()];
		if (item && typeof item === 'object' && !Array.isArray(item)) {
			return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
		}
		return item;
	});
}

/**
 * The digest of what a page shows, for an incremental build's `cacheKey`: the
 * same parts give the same key in every build, and any change to any part
 * (one field of one related item, one byte of a file digest) gives another.
 */
export function pageDigest(...parts: unknown[]): string {
	return createHash('sha256').update(stableJson(parts)).digest('base64url');
}

/** The digest of file contents (bytes), to stand in a key for files a page reads at render time. */
export function bytesDigest(chunks: Iterable<{ name: string; bytes: Uint8Array }>): string {
	const hash = createHash('sha256');
	for (const { name, bytes } of chunks) {
		hash.update(`${name}\0${bytes.length}\0`);
		hash.update(bytes);
	}
	return hash.digest('base64url');
}
