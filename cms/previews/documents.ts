/**
 * Previews of a plan's and a cited document's metadata: the "Thuộc tính" panel the
 * public page shows (the same `metadataRows` and vocabularies), then what the entry
 * adds (a plan's targets and duties, a document's relations). The plan's full text
 * is edited as a file, so the preview says it is not shown.
 */
import { createElement as h } from 'react';
import { metadataRows, type DocumentFacts } from '../../src/lib/document-display';
import { formatTarget } from '../../src/lib/targets';
import { targetFigure } from '../../src/data/plans';
import { documentFields, documentTypes, effectiveStatuses, relationKinds } from '../../src/schemas/vocabulary';
import { ui } from '../../src/ui-strings';
import { dateText, facts, list, note, optionLabel, plain, text, type PreviewProps } from './helpers';

type DocumentData = DocumentFacts & { officialText?: string; relations?: { document: string; kind: string; citedAs?: string }[] };

const label = (vocabulary: Record<string, string>, key: string) => vocabulary[key] ?? key;

function documentData(props: PreviewProps): DocumentData {
	const data = (plain(props.entry.getIn(['data'])) ?? {}) as Partial<DocumentData>;
	return { ...data, title: data.title ?? '', type: data.type ?? '', status: data.status ?? 'khong-ro', unknown: data.unknown ?? [] };
}

/** The panel of src/components/documents/MetadataPanel.astro, with its rows computed the same way. */
function metadataPanel(data: DocumentData, extra: { key: string; label: string; value: string }[]) {
	const rows = metadataRows(data, {
		type: label(documentTypes, data.type),
		status: label(effectiveStatuses, data.status),
		labels: documentFields,
		extra: extra.filter((row) => row.value !== ''),
	});
	return h(
		'section',
		{ className: 'card' },
		h('h2', null, 'Thuộc tính văn bản'),
		facts([
			...rows.map((row) => ({ label: row.label, value: row.unknown ? `${ui.unknown} (${ui.unknownNote})` : (row.value ?? '') })),
			{ label: documentFields.officialText, value: data.officialText ?? ui.noOfficialText },
		]),
	);
}

/** The title and the line under it: type, number and day of issue, as the document list reads. */
function heading(data: DocumentData) {
	const line = [label(documentTypes, data.type), data.number ?? '', data.issued ? dateText(data.issued) : ''].filter(Boolean).join(' · ');
	return [h('h1', { key: 'title' }, data.title), h('p', { key: 'meta', className: 'meta-line' }, line)];
}

function relationList(data: DocumentData) {
	const relations = data.relations ?? [];
	if (relations.length === 0) return null;
	return [
		h('h2', { key: 'h' }, 'Văn bản liên quan'),
		h(
			'ul',
			{ key: 'l' },
			...relations.map((relation, index) =>
				h(
					'li',
					{ key: index },
					`${relationKinds[relation.kind as keyof typeof relationKinds]?.forward ?? relation.kind}: ${relation.citedAs ?? relation.document}`,
				),
			),
		),
	];
}

export function LegalPreview(props: PreviewProps) {
	const data = documentData(props);
	return h(
		'main',
		null,
		note('Xem trước văn bản: thuộc tính như trên trang văn bản của cổng.'),
		...heading(data),
		metadataPanel(data, [{ key: 'jurisdiction', label: 'Phạm vi', value: text(props, 'jurisdiction') }]),
		relationList(data),
		text(props, 'note') ? h('p', { className: 'note' }, text(props, 'note')) : null,
	);
}

export function PlanPreview(props: PreviewProps) {
	const data = documentData(props);
	const targets = list(props, 'targets') as (Parameters<typeof targetFigure>[0] & { label?: string })[];
	const duties = list(props, 'responsibilities') as { agency?: string; duties?: string[] }[];
	return h(
		'main',
		null,
		note('Xem trước kế hoạch: thuộc tính, chỉ tiêu và phân công. Toàn văn được sửa trong tệp, không hiện ở đây.'),
		...heading(data),
		h('p', { className: 'lead' }, text(props, 'description')),
		metadataPanel(data, [
			{ key: 'locality', label: 'Địa bàn', value: optionLabel(props, 'locality', text(props, 'locality')) },
			{ key: 'year', label: 'Năm kế hoạch', value: text(props, 'year') },
		]),
		targets.length > 0 ? h('h2', null, 'Chỉ tiêu') : null,
		targets.length > 0
			? facts(
					targets.map((target) => ({
						label: target.label ?? '',
						value: formatTarget(targetFigure({ ...target, qualifiers: target.qualifiers ?? [] })),
					})),
				)
			: null,
		duties.length > 0 ? h('h2', null, 'Tổ chức thực hiện') : null,
		duties.length > 0
			? h('ul', null, ...duties.map((item, index) => h('li', { key: index }, `${item.agency ?? ''}: ${item.duties?.length ?? 0} nhiệm vụ`)))
			: null,
		relationList(data),
	);
}
