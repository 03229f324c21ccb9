/**
 * Serialises structured data for a `<script type="application/ld+json">` block.
 * `<` is escaped so a value holding "</script>" cannot close the block early.
 */
export function jsonLdString(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</gu, '\\u003c')
		.replace(/\u2028/gu, '\\u2028')
		.replace(/\u2029/gu, '\\u2029');
}
