/**
 * Preview templates: what the public will see, rendered with the site's own
 * stylesheet and its own Markdown renderer (`renderMarkdown`, which keeps raw
 * HTML as text), so a preview can never show or run what the site would not.
 * The prose collections' templates are here; the data collections' are in
 * cms/previews/, sharing cms/previews/helpers.ts.
 */
import { createElement as h } from 'react';
import { IndicatorPreview } from './previews/indicator';
import { LegalPreview, PlanPreview } from './previews/documents';
import { NationalPreview, ServicePreview } from './previews/help';
import { dateText, list, markdown, note, text, type PreviewProps, type PreviewRegistry } from './previews/helpers';

/** Extra preview rules: the preview pane has no site header, so give the page its margins. */
export const PREVIEW_STYLES =
	'body { margin: 1rem; } .preview-note { color: var(--color-muted); font-size: 0.875rem; border-block-end: 1px solid var(--color-rule); padding-block-end: 0.5rem; }';

function NewsPreview(props: PreviewProps) {
	const image = text(props, 'image', 'src');
	const asset = image ? props.getAsset(image)?.toString() : undefined;
	return h(
		'article',
		null,
		note('Xem trước: tin sẽ hiện như thế này trên cổng.'),
		h('h1', null, text(props, 'title')),
		h('p', { className: 'meta-line' }, [dateText(text(props, 'date')), text(props, 'author')].filter(Boolean).join(' · ')),
		h('p', { className: 'lead' }, text(props, 'description')),
		asset ? h('figure', { className: 'news-image' }, h('img', { src: asset, alt: text(props, 'image', 'alt') })) : null,
		markdown(text(props, 'body')),
	);
}

function PagePreview(props: PreviewProps) {
	return h('main', null, note('Xem trước trang tĩnh.'), h('h1', null, text(props, 'title')), markdown(text(props, 'body')));
}

function CampaignPreview(props: PreviewProps) {
	const messages = list(props, 'messages') as { text?: string }[];
	const script = text(props, 'loudspeakerScript');
	return h(
		'main',
		null,
		note('Xem trước chiến dịch: thông điệp và bài phát thanh.'),
		h('h1', null, text(props, 'title')),
		h('p', { className: 'lead' }, text(props, 'description')),
		h('h2', null, 'Thông điệp chính'),
		h('ol', null, ...messages.map((message, index) => h('li', { key: index }, message.text ?? ''))),
		h('h2', null, 'Bài phát thanh trên loa truyền thanh'),
		...script.split(/\n\s*\n/u).map((paragraph, index) => h('p', { key: `p${index}` }, paragraph.trim())),
	);
}

/** The portal's identity as its header and footer show it (Decap's own preview of this file fails: it has no body). */
function SitePreview(props: PreviewProps) {
	return h(
		'main',
		null,
		note('Xem trước: tên và mô tả cổng, như ở đầu trang.'),
		h('h1', null, text(props, 'name')),
		h('p', { className: 'lead' }, text(props, 'description')),
	);
}

/** Registers a template for every collection the CMS offers (cms/previews.test.ts checks none is missing). */
export function registerPreviews(cms: PreviewRegistry): void {
	cms.registerPreviewTemplate('news', NewsPreview);
	cms.registerPreviewTemplate('pages', PagePreview);
	cms.registerPreviewTemplate('campaigns', CampaignPreview);
	cms.registerPreviewTemplate('indicators', IndicatorPreview);
	cms.registerPreviewTemplate('services', ServicePreview);
	cms.registerPreviewTemplate('national', NationalPreview);
	cms.registerPreviewTemplate('plans', PlanPreview);
	cms.registerPreviewTemplate('legal', LegalPreview);
	// A file of a file collection is previewed by the file's name.
	cms.registerPreviewTemplate('site', SitePreview);
}
