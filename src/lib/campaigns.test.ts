import { describe, expect, test } from 'vitest';
import { currentOrNextEdition, daysBetween, editionDates, editionStatus, featuredEdition } from './campaigns';

const june = { start: '06-01', end: '06-30' };
const day26 = { start: '06-26', end: '06-26' };
const hiv = { start: '11-10', end: '12-10' };
const newYear = { start: '12-20', end: '01-10' };

describe('editionDates', () => {
	test('a run inside one year', () => {
		expect(editionDates(hiv, 2026)).toEqual({ year: 2026, start: '2026-11-10', end: '2026-12-10' });
	});
	test('a run across 31 December ends the next year', () => {
		expect(editionDates(newYear, 2026)).toEqual({ year: 2026, start: '2026-12-20', end: '2027-01-10' });
	});
});

describe('editionStatus', () => {
	test.each([
		['2026-05-31', 'upcoming'],
		['2026-06-01', 'current'],
		['2026-06-30', 'current'],
		['2026-07-01', 'past'],
	] as const)('%s → %s', (today, status) => {
		expect(editionStatus(editionDates(june, 2026), today)).toBe(status);
	});
});

describe('currentOrNextEdition', () => {
	test('during the run it is current', () => {
		expect(currentOrNextEdition(hiv, '2026-11-24')).toEqual({ year: 2026, start: '2026-11-10', end: '2026-12-10', status: 'current' });
	});
	test('after the run it is next year', () => {
		expect(currentOrNextEdition(june, '2026-11-24')).toMatchObject({ year: 2027, status: 'upcoming' });
	});
	test('a run across new year is current in January', () => {
		expect(currentOrNextEdition(newYear, '2027-01-05')).toMatchObject({ year: 2026, status: 'current' });
	});
});

describe('featuredEdition', () => {
	const campaigns = [
		{ id: 'june', recurrence: june },
		{ id: 'day26', recurrence: day26 },
		{ id: 'hiv', recurrence: hiv },
	];
	test('prefers the one on today', () => {
		expect(featuredEdition(campaigns, (c) => c.recurrence, '2026-11-24')?.item.id).toBe('hiv');
	});
	test('on 26 June two are on: the one ending first', () => {
		expect(featuredEdition(campaigns, (c) => c.recurrence, '2026-06-26')?.item.id).toBe('day26');
	});
	test('otherwise the next to start', () => {
		expect(featuredEdition(campaigns, (c) => c.recurrence, '2026-12-11')).toMatchObject({
			item: { id: 'june' },
			year: 2027,
			status: 'upcoming',
		});
	});
	test('none without campaigns', () => {
		expect(featuredEdition([], () => june, '2026-01-01')).toBeUndefined();
	});
});

test('daysBetween', () => {
	expect(daysBetween('2026-11-24', '2026-12-10')).toBe(16);
});
