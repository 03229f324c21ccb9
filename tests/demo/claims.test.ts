import { expect, test } from 'vitest';
import { contentClaims } from '../helpers/content-claims';

// The demo's claims: every kind of entry that can hold one holds some, and there are many.

test('the model finds claims in the demo’s campaigns, services and pages, more than 50 of them', () => {
	const claims = contentClaims();
	const collections = new Set(claims.map((entry) => entry.where.split(':')[0]!.split('/')[1]));
	for (const collection of ['campaigns', 'services', 'pages']) expect(collections, collection).toContain(collection);
	expect(claims.length).toBeGreaterThan(50);
});
