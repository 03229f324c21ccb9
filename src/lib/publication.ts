/**
 * The moment a build treats as "now": the real clock, or `PORTAL_NOW` (an ISO
 * date-time) so tests and benchmarks can build the site as of a fixed day.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
	const fixed = env.PORTAL_NOW;
	if (fixed) {
		const date = new Date(fixed);
		if (Number.isNaN(date.getTime())) throw new Error(`PORTAL_NOW không phải ngày giờ hợp lệ: ${fixed}`);
		return date;
	}
	return new Date();
}

/** An item is public once its date has come in Việt Nam and it is not a draft. */
export function isPublished(item: { date: Date; draft: boolean }, now: Date): boolean {
	return !item.draft && item.date.getTime() <= now.getTime();
}

/** Newest first; items of the same moment in a stable order. */
export function byDateDesc<T extends { id: string; data: { date: Date } }>(a: T, b: T): number {
	return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}
