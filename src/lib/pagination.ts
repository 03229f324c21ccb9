import { pageHref } from './routes';

/** One page of a paginated list, with links to its neighbours. */
export interface PageSlice<T> {
	items: T[];
	current: number;
	last: number;
	previous?: string | undefined;
	next?: string | undefined;
}

/** Cuts a list into pages of `size`; an empty list is one empty page. */
export function paginateList<T>(items: readonly T[], size: number, base: string): PageSlice<T>[] {
	const last = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: last }, (_, index) => {
		const current = index + 1;
		return {
			items: items.slice(index * size, current * size),
			current,
			last,
			previous: current > 1 ? pageHref(base, current - 1) : undefined,
			next: current < last ? pageHref(base, current + 1) : undefined,
		};
	});
}
