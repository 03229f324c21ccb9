/** What related-item selection needs of a news item. */
export interface Relatable {
	id: string;
	time: number;
	keys: readonly string[];
}

/**
 * Related items: the ones sharing the most tags or plans with an item, nearest
 * in time first. Each key's items are kept newest first, so only a few
 * neighbours per key are looked at: fast on 10,000 items.
 */
export function relatedFinder(items: readonly Relatable[], perKey = 12) {
	const byKey = new Map<string, Relatable[]>();
	for (const item of items) {
		for (const key of item.keys) {
			const list = byKey.get(key) ?? [];
			list.push(item);
			byKey.set(key, list);
		}
	}
	for (const list of byKey.values()) list.sort((a, b) => b.time - a.time || a.id.localeCompare(b.id));

	return (item: Relatable, count = 3): string[] => {
		const scores = new Map<string, { score: number; distance: number }>();
		for (const key of item.keys) {
			const list = byKey.get(key) ?? [];
			// First item not newer than this one, by binary search on the newest-first list.
			let low = 0;
			let high = list.length;
			while (low < high) {
				const mid = (low + high) >> 1;
				if (list[mid]!.time > item.time) low = mid + 1;
				else high = mid;
			}
			const window = list.slice(Math.max(0, low - perKey / 2), low + perKey);
			for (const other of window) {
				if (other.id === item.id) continue;
				const current = scores.get(other.id) ?? { score: 0, distance: Math.abs(other.time - item.time) };
				current.score += 1;
				scores.set(other.id, current);
			}
		}
		return [...scores]
			.sort(([aId, a], [bId, b]) => b.score - a.score || a.distance - b.distance || aId.localeCompare(bId))
			.slice(0, count)
			.map(([id]) => id);
	};
}
