import { beforeAll, expect, test } from 'vitest';
import { REDIRECTS } from '../../src/lib/deploy-config';
import { assertBuilt, fileForPath, readDist } from '../helpers/dist';

beforeAll(assertBuilt);

// The demo's news items renamed to their posting date (src/lib/deploy-config.ts): their old addresses still lead to them.

test('an address that changed leads to the page that exists', () => {
	expect(REDIRECTS.length).toBeGreaterThan(1);
	for (const { from, to } of REDIRECTS) {
		expect(() => readDist(to), `${from} → ${to}`).not.toThrow();
		expect(fileForPath(from), from).not.toBe(fileForPath(to));
		expect(() => readDist(from), `${from} is no page of its own`).toThrow();
	}
});
