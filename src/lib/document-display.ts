import { formatPartialDate, parsePartialDate } from './dates';

/** What the display helpers need of a document's metadata. */
export interface DocumentFacts {
	title: string;
	type: string;
	number?: string | undefined;
	numberAsPrinted?: string | undefined;
	issuer?: string | undefined;
	issued?: string | undefined;
	issuedAsPrinted?: string | undefined;
	issuedVariants?: readonly { value: string }[];
	effective?: string | undefined;
	status: string;
	signer?: string | undefined;
	signerPosition?: string | undefined;
	field?: string | undefined;
	subject?: string | undefined;
	unknown: readonly string[];
}

/** A row of the metadata panel: a label and a value, or a statement that the source does not say. */
export interface MetadataRow {
	key: string;
	label: string;
	value?: string;
	/** `<time datetime>` value when the row is a date. */
	datetime?: string;
	/** The source does not give this fact. */
	unknown?: boolean;
	/** The source gives it differently in several places. */
	variants?: string[];
}

/** The short name of a document: "Kế hoạch 146/KH-UBND", "Luật Phòng, chống ma túy (73/2021/QH14)". */
export function documentLabel(doc: Pick<DocumentFacts, 'title' | 'number'> & { typeLabel: string }): string {
	if (!doc.number) return doc.title;
	if (doc.title.includes(doc.number)) return doc.title;
	if (doc.title.startsWith(doc.typeLabel) && doc.title.length > doc.typeLabel.length + 30) return `${doc.typeLabel} ${doc.number}`;
	return `${doc.title} (${doc.number})`;
}

function dateRow(key: string, label: string, value: string | undefined): Omit<MetadataRow, 'unknown'> | undefined {
	if (!value) return undefined;
	const date = parsePartialDate(value);
	return date ? { key, label, value: formatPartialDate(date), datetime: value } : { key, label, value };
}

/** The rows of the panel, in vbpl.vn's order. */
const PANEL_ORDER = [
	'number',
	'type',
	'subject',
	'issuer',
	'signer',
	'signerPosition',
	'issued',
	'issuedAsPrinted',
	'effective',
	'status',
	'field',
] as const;

/** The label of every row of the panel. */
export type PanelLabels = Record<(typeof PANEL_ORDER)[number], string>;

/**
 * The rows of the "Thuộc tính" panel, in vbpl.vn's order. A fact listed as
 * unknown becomes an explicit "không rõ" row; a fact neither given nor unknown
 * (not applicable) has no row, so no label ever stands empty.
 */
export function metadataRows(
	doc: DocumentFacts,
	options: { type: string; status: string; labels: PanelLabels; extra?: MetadataRow[] },
): MetadataRow[] {
	const { labels } = options;
	const issuedVariants = doc.issuedVariants?.map((variant) => variant.value) ?? [];
	const given = (key: keyof PanelLabels, value: string | undefined) => (value ? { key, label: labels[key], value } : undefined);
	const candidates: (MetadataRow | undefined)[] = [
		given('number', doc.number ?? (doc.numberAsPrinted && `${doc.numberAsPrinted} (bản chưa điền số)`)),
		given('type', options.type),
		given('subject', doc.subject),
		given('issuer', doc.issuer),
		given('signer', doc.signer),
		given('signerPosition', doc.signerPosition),
		issuedVariants.length > 1 && new Set(issuedVariants).size > 1
			? {
					key: 'issued',
					label: labels.issued,
					value: doc.issued ? formatPartialDate(parsePartialDate(doc.issued)!) : undefined,
					variants: [...new Set(issuedVariants)].map((variant) => formatPartialDate(parsePartialDate(variant)!)),
				}
			: dateRow('issued', labels.issued, doc.issued),
		given('issuedAsPrinted', doc.issuedAsPrinted),
		dateRow('effective', labels.effective, doc.effective),
		given('status', options.status),
		given('field', doc.field),
		...(options.extra ?? []),
	];
	const rows = candidates.filter((row): row is MetadataRow => row !== undefined && (row.value !== undefined || row.variants !== undefined));
	for (const key of doc.unknown) {
		if ((PANEL_ORDER as readonly string[]).includes(key) && !rows.some((row) => row.key === key)) {
			rows.push({ key, label: labels[key as keyof PanelLabels], unknown: true });
		}
	}
	const rank = (key: string) => {
		const index = (PANEL_ORDER as readonly string[]).indexOf(key);
		return index === -1 ? PANEL_ORDER.length : index;
	};
	return rows.sort((a, b) => rank(a.key) - rank(b.key));
}

/** "mục II.6" for an anchor, as readers cite sections; undefined for non-section anchors. */
export function sectionName(anchor: string): string {
	if (anchor === 'can-cu') return 'phần căn cứ';
	if (anchor === 'noi-nhan') return 'nơi nhận';
	if (anchor === 'ky') return 'phần ký';
	const part = /^phan-([ivx]+)$/u.exec(anchor);
	if (part) return `phần ${part[1]!.toUpperCase()}`;
	const item = /^muc-(.+)$/u.exec(anchor);
	if (!item) return anchor;
	const pieces = item[1]!.split('-');
	const [first, ...rest] = pieces;
	const head = /^[ivx]+$/u.test(first ?? '') ? first!.toUpperCase() : first;
	const numbers = rest.filter((piece) => /^\d+$/u.test(piece));
	const letter = rest.find((piece) => /^[a-z]+$/u.test(piece) && !/^[ivx]+$/u.test(piece));
	return `mục ${[head, ...numbers].join('.')}${letter ? ` ${letter === 'dd' ? 'đ' : letter})` : ''}`;
}
