/**
 * Previews of a place that helps and of a national entry (an emergency number, a
 * national day), marked up as /ho-tro/ shows them: a card with its kind and place,
 * what the plans say of it, its contact rows; a number to call.
 */
import { createElement as h } from 'react';
import { telHref } from '../../src/lib/contact';
import { nationalFactKinds, serviceKinds } from '../../src/schemas/vocabulary';
import { facts, list, note, optionLabel, text, type PreviewProps } from './helpers';

const label = (vocabulary: Record<string, string>, key: string) => vocabulary[key] ?? key;

/** A claim's sentence (its source is checked by the build, not shown in the card). */
const claimText = (props: PreviewProps, name: string) => text(props, name, 'text');

export function ServicePreview(props: PreviewProps) {
	const description = list(props, 'description') as { text?: string }[];
	const phone = text(props, 'phone');
	return h(
		'main',
		null,
		note('Xem trước nơi hỗ trợ: như thẻ trên trang Hỗ trợ.'),
		h(
			'article',
			{ className: 'card' },
			h('h1', null, text(props, 'name')),
			h(
				'p',
				{ className: 'meta-line' },
				[label(serviceKinds, text(props, 'kind')), optionLabel(props, 'locality', text(props, 'locality'))].filter(Boolean).join(' · '),
			),
			h('ul', null, ...description.map((claim, index) => h('li', { key: index }, claim.text ?? ''))),
			facts([
				{ label: 'Địa chỉ', value: text(props, 'address') },
				{ label: 'Điện thoại', value: phone ? h('a', { className: 'tel', href: telHref(phone) }, phone) : '' },
				{ label: 'Giờ làm việc', value: text(props, 'hours') },
				{ label: 'Ai được sử dụng', value: claimText(props, 'eligibility') },
				{ label: 'Cách được hướng dẫn, tiếp nhận', value: claimText(props, 'referral') },
			]),
			props.entry.getIn(['data', 'firstContact']) === true
				? h('p', { className: 'badge' }, 'Nơi hỏi đầu tiên về cai nghiện tự nguyện')
				: null,
		),
	);
}

export function NationalPreview(props: PreviewProps) {
	const phone = text(props, 'phone');
	return h(
		'main',
		null,
		note('Xem trước: số, ngày quốc gia như cổng nêu.'),
		h('h1', null, text(props, 'title')),
		h('p', { className: 'meta-line' }, label(nationalFactKinds, text(props, 'kind'))),
		phone
			? h('p', null, h('a', { className: 'tel', href: telHref(phone) }, `${phone} ${text(props, 'short') || text(props, 'title')}`))
			: null,
		h('p', { className: 'lead' }, text(props, 'statement')),
		h('p', { className: 'muted' }, `Nguồn: ${text(props, 'source')}`),
		props.entry.getIn(['data', 'everyPage']) === true ? h('p', { className: 'badge' }, 'Hiện ở dải "Cần giúp ngay" trên mọi trang') : null,
	);
}
