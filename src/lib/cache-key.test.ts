import { describe, expect, it } from 'vitest';
import { bytesDigest, pageDigest } from './cache-key';

describe('pageDigest', () => {
	it('is the same for equal parts built in another order', () => {
		expect(pageDigest({ a: 1, b: [{ x: 'ấ', y: new Date('2026-11-24T03:00:00Z') }] })).toBe(
			pageDigest({ b: [{ y: new Date('2026-11-24T03:00:00Z'), x: 'ấ' }], a: 1 }),
		);
	});

	it('changes when any field, date, list order or map entry changes', () => {
		const base = pageDigest({ title: 'Tin', date: new Date('2026-11-24T03:00:00Z'), related: ['a', 'b'], tags: new Map([['x', 1]]) });
		expect(pageDigest({ title: 'Tin.', date: new Date('2026-11-24T03:00:00Z'), related: ['a', 'b'], tags: new Map([['x', 1]]) })).not.toBe(
			base,
		);
		expect(pageDigest({ title: 'Tin', date: new Date('2026-11-24T03:00:01Z'), related: ['a', 'b'], tags: new Map([['x', 1]]) })).not.toBe(
			base,
		);
		expect(pageDigest({ title: 'Tin', date: new Date('2026-11-24T03:00:00Z'), related: ['b', 'a'], tags: new Map([['x', 1]]) })).not.toBe(
			base,
		);
		expect(pageDigest({ title: 'Tin', date: new Date('2026-11-24T03:00:00Z'), related: ['a', 'b'], tags: new Map([['x', 2]]) })).not.toBe(
			base,
		);
	});

	it('tells the parts apart: moving a value from one part to the next changes the key', () => {
		expect(pageDigest('ab', 'c')).not.toBe(pageDigest('a', 'bc'));
	});
});

describe('bytesDigest', () => {
	const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

	it('changes with one byte, with a renamed file, and with a byte moved across files', () => {
		const base = bytesDigest([file('a.yaml', 'ten: A'), file('b.yaml', 'x')]);
		expect(bytesDigest([file('a.yaml', 'ten: A'), file('b.yaml', 'x')])).toBe(base);
		expect(bytesDigest([file('a.yaml', 'ten: B'), file('b.yaml', 'x')])).not.toBe(base);
		expect(bytesDigest([file('c.yaml', 'ten: A'), file('b.yaml', 'x')])).not.toBe(base);
		expect(bytesDigest([file('a.yaml', 'ten: A'), file('b.yaml', 'x')].reverse())).not.toBe(base);
		expect(bytesDigest([file('a.yaml', 'ten: '), file('b.yaml', 'Ax')])).not.toBe(base);
	});
});
