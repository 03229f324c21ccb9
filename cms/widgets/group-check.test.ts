import { expect, test } from 'vitest';
import { dropEmpty, groupMessage, isBlank, missingInGroup } from './group-check';

const photo = [
	{ name: 'src', label: 'Ảnh' },
	{ name: 'alt', label: 'Mô tả ảnh' },
];

test('an empty or cleared group is absent and complete', () => {
	expect(missingInGroup(undefined, photo)).toEqual([]);
	expect(missingInGroup({ src: '', alt: '  ' }, photo)).toEqual([]);
	expect(isBlank({ a: { b: [''] } })).toBe(true);
	expect(isBlank(0)).toBe(false);
	expect(isBlank(false)).toBe(false);
});

test('a filled group names each required field it lacks', () => {
	expect(missingInGroup({ src: '/media/a.jpg' }, photo)).toEqual(['Mô tả ảnh']);
	expect(missingInGroup({ alt: 'Hội nghị' }, photo)).toEqual(['Ảnh']);
	expect(missingInGroup({ src: '/media/a.jpg', alt: 'Hội nghị' }, photo)).toEqual([]);
	expect(groupMessage('Ảnh đại diện', ['Mô tả ảnh'])).toBe('Đã điền “Ảnh đại diện” thì phải điền cả: Mô tả ảnh.');
});

test('saving drops cleared groups and emptied text, keeps lists, numbers and booleans', () => {
	expect(
		dropEmpty({
			title: 'Tin',
			image: { src: '', alt: '' },
			subject: '',
			tags: [],
			count: 0,
			draft: false,
			relations: [{ document: 'luat', kind: 'can-cu', statedIn: { plan: '', section: '' } }],
		}),
	).toEqual({ title: 'Tin', tags: [], count: 0, draft: false, relations: [{ document: 'luat', kind: 'can-cu' }] });
});
