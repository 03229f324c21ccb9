import { expect, test } from 'vitest';
import { normaliseText } from './normalise';

test('composes NFD and drops hidden characters, through lists and objects', () => {
	const saved = normaliseText({
		title: 'Vie\u0323\u0302t Nam\u200B',
		tags: ['cai nghie\u0323\u0302n'],
		image: { alt: '\u202Eảnh' },
		draft: false,
		year: 2025,
	});
	expect(saved).toEqual({ title: 'Việt Nam', tags: ['cai nghiện'], image: { alt: 'ảnh' }, draft: false, year: 2025 });
});

test('keeps emoji joiners', () => {
	expect(normaliseText('👨‍👩‍👧')).toBe('👨‍👩‍👧');
});
