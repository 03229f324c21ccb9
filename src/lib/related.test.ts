import { describe, expect, test } from 'vitest';
import { relatedFinder, type Relatable } from './related';

const item = (id: string, day: number, keys: string[]): Relatable => ({ id, time: day * 86_400_000, keys });

describe('relatedFinder', () => {
	const items = [
		item('a', 1, ['cai-nghien', 'quang-ninh']),
		item('b', 2, ['cai-nghien']),
		item('c', 3, ['cai-nghien', 'quang-ninh']),
		item('d', 4, ['hiv']),
		item('e', 50, ['cai-nghien', 'quang-ninh']),
	];
	const related = relatedFinder(items);

	test('prefers items sharing more keys, then nearer in time', () => {
		expect(related(items[0]!)).toEqual(['c', 'e', 'b']);
	});

	test('never lists the item itself, and finds nothing without shared keys', () => {
		expect(related(items[3]!)).toEqual([]);
	});

	test('on 10,000 items, looks only at the nearest items of each key', () => {
		const many = Array.from({ length: 10_000 }, (_, i) => item(`n${i}`, i, [`tag${i % 40}`, `tag${i % 7}`]));
		const find = relatedFinder(many);
		// n500 shares tag3 with every 7th item: the nearest are 7 and 14 days away.
		expect(find(many[500]!)).toEqual(['n493', 'n507', 'n486']);
	});
});
