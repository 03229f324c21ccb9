/**
 * "Empty means absent, filled means complete" for an optional group of fields
 * (an optional object of the content model, e.g. a news item's photo). Decap 3
 * cannot make inner fields required only when their group is filled (decap-cms
 * #2103, #7748), so the generated config marks them optional and lists them in
 * the group's `complete` option; this check and the content check do the rest.
 */

/** True when a value holds nothing an editor typed: no text, no number, no item. */
export function isBlank(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === 'string') return value.trim() === '';
	if (Array.isArray(value)) return value.every(isBlank);
	if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isBlank);
	return false;
}

/** The labels of the fields a filled group still lacks; none when the group is empty. */
export function missingInGroup(value: Record<string, unknown> | undefined, complete: readonly { name: string; label: string }[]): string[] {
	if (value === undefined || isBlank(value)) return [];
	return complete.filter((field) => isBlank(value[field.name])).map((field) => field.label);
}

/** The Vietnamese message for a filled group that lacks fields. */
export function groupMessage(group: string, missing: readonly string[]): string {
	return `Đã điền “${group}” thì phải điền cả: ${missing.join(', ')}.`;
}

/**
 * Drops what an editor left empty in an entry before it is saved: a group
 * opened and cleared, a text field emptied. Empty is absent, so the file says
 * what the form shows and the content check never meets `image: {src: ""}`.
 * Lists are kept (an empty list is a value); their items are cleaned.
 */
export function dropEmpty<T>(value: T): T {
	if (Array.isArray(value)) return value.map((item) => dropEmpty(item)) as T;
	if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		const kept = Object.entries(value)
			.map(([key, item]) => [key, dropEmpty(item)] as const)
			.filter(([, item]) => Array.isArray(item) || !isBlank(item));
		return Object.fromEntries(kept) as T;
	}
	return value;
}
