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

/**
 * The rows of the "Thuộc tính" panel, in vbpl.vn's order. A fact listed as
 * unknown becomes an explicit "không rõ" row; a fact neither given nor unknown
 * (not applicable) has no row, so no label ever stands empty.
 */
export function metadataRows(doc: DocumentFacts, labels: { type: string; status: string; extra?: MetadataRow[] }): MetadataRow[] {
	const issuedVariants = doc.issuedVariants?.map((variant) => variant.value) ?? [];
	const candidates: (MetadataRow | undefined)[] = [
		doc.number
			? { key: 'number', label: 'Số hiệu', value: doc.number }
			: doc.numberAsPrinted
				? { key: 'number', label: 'Số hiệu', value: `${doc.numberAsPrinted} (bản chưa điền số)` }
				: undefined,
		{ key: 'type', label: 'Loại văn bản', value: labels.type },
		doc.subject ? { key: 'subject', label: 'Trích yếu', value: doc.subject } : undefined,
		doc.issuer ? { key: 'issuer', label: 'Cơ quan ban hành', value: doc.issuer } : undefined,
		doc.signer ? { key: 'signer', label: 'Người ký', value: doc.signer } : undefined,
		doc.signerPosition ? { key: 'signerPosition', label: 'Chức vụ người ký', value: doc.signerPosition } : undefined,
		issuedVariants.length > 1 && new Set(issuedVariants).size > 1
			? {
					key: 'issued',
					label: 'Ngày ban hành',
					value: doc.issued ? formatPartialDate(parsePartialDate(doc.issued)!) : undefined,
					variants: [...new Set(issuedVariants)].map((variant) => formatPartialDate(parsePartialDate(variant)!)),
				}
			: dateRow('issued', 'Ngày ban hành', doc.issued),
		doc.issuedAsPrinted ? { key: 'issuedAsPrinted', label: 'Ngày ghi trên văn bản', value: doc.issuedAsPrinted } : undefined,
		dateRow('effective', 'Ngày có hiệu lực', doc.effective),
		{ key: 'status', label: 'Tình trạng hiệu lực', value: labels.status },
		doc.field ? { key: 'field', label: 'Lĩnh vực', value: doc.field } : undefined,
		...(labels.extra ?? []),
	];
	const rows = candidates.filter((row): row is MetadataRow => row !== undefined && (row.value !== undefined || row.variants !== undefined));
	const unknownLabels: Record<string, string> = {
		number: 'Số hiệu',
		subject: 'Trích yếu',
		issuer: 'Cơ quan ban hành',
		signer: 'Người ký',
		signerPosition: 'Chức vụ người ký',
		issued: 'Ngày ban hành',
		effective: 'Ngày có hiệu lực',
		field: 'Lĩnh vực',
	};
	for (const key of doc.unknown) {
		const label = unknownLabels[key];
		if (label && !rows.some((row) => row.key === key)) rows.push({ key, label, unknown: true });
	}
	const order = [
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
	];
	return rows.sort((a, b) => {
		const ai = order.indexOf(a.key);
		const bi = order.indexOf(b.key);
		return (ai === -1 ? order.length : ai) - (bi === -1 ? order.length : bi);
	});
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
