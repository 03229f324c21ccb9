import { z } from 'astro/zod';
import { anchor, choice, documentNumber, label, partialDate, requiredText, text, webAddress } from './fields';
import type { SchemaTools } from './tools';
import { documentFields, unknowableFields } from './vocabulary';

/** Where a fact was read: a plan of this portal and a section anchor in its text. */
export function citationSchema({ reference }: Pick<SchemaTools, 'reference'>) {
	return z.object({
		/** The plan whose text says it. */
		plan: reference('plans').meta(label('Kế hoạch', undefined, { widget: 'relation', collection: 'plans' })),
		/** The section of that plan, as its anchor (e.g. `muc-2-4`). */
		section: anchor().meta(label('Mục', 'mốc trong văn bản, ví dụ muc-2-4')),
	});
}

/** One document named by another, read forward from the naming document. */
export function relationSchema({ reference }: Pick<SchemaTools, 'reference'>) {
	return z.object({
		/** The document named. */
		document: reference('legal').meta(label('Văn bản', undefined, { widget: 'relation', collection: 'legal' })),
		/** How it is named (thực hiện, căn cứ, dẫn chiếu…). */
		kind: choice('relationKinds').meta(label('Quan hệ')),
		/** The words of the citation as the naming document writes them. */
		citedAs: text()
			.optional()
			.meta(label('Trích dẫn nguyên văn', undefined, { widget: 'text' })),
		/** Where the naming document says it; for a plan, a section anchor of its text. */
		section: anchor().optional().meta(label('Mục', 'mốc trong văn bản, ví dụ can-cu hoặc muc-ii-1')),
		/** For a relation between two cited documents: the plan whose text states it. */
		statedIn: citationSchema({ reference }).optional().meta(label('Nguồn của quan hệ')),
	});
}

/** A value a source gives differently in two places, kept with where each appears. */
export function variantSchema({ reference }: Pick<SchemaTools, 'reference'>) {
	return z.object({
		/** The value as that place gives it. */
		// A day written as a value (`2023-07-12`) reaches Astro as a YAML Date once Decap saves it unquoted.
		value: z.union([z.date().transform((day) => day.toISOString().slice(0, 10)), requiredText()]).meta(label('Giá trị')),
		/** Where it appears. */
		where: citationSchema({ reference }).meta(label('Nơi ghi')),
	});
}

/**
 * Metadata every document carries (the "Thuộc tính" panel of vbpl.vn). What the
 * sources do not give is listed in `unknown`, never guessed.
 */
export function documentMetadataShape(tools: Pick<SchemaTools, 'reference'>) {
	return {
		/** The name readers see: "Luật Phòng, chống ma túy", "Văn bản số 1420/LĐTBXH-PCTNXH". */
		title: requiredText().meta(label('Tên văn bản', undefined, { widget: 'text' })),
		/** Trích yếu, in the words the document or its citation gives; listed in `unknown` when no source gives it. */
		subject: text()
			.optional()
			.meta(label(documentFields.subject, undefined, { widget: 'text' })),
		/** Kind of document. */
		type: choice('documentTypes').meta(label(documentFields.type)),
		/** Số hiệu; absent when the copy has none (then list `number` in `unknown`). */
		number: documentNumber().optional().meta(label(documentFields.number, 'ví dụ 146/KH-UBND; để trống nếu bản văn bản chưa có số')),
		/** The number line exactly as printed, for copies without a number ("Số: /KH-UBND"). */
		numberAsPrinted: text().optional().meta(label('Số hiệu như bản in', 'ví dụ: Số: /KH-UBND')),
		/** Issuing body (cơ quan ban hành). */
		issuer: requiredText().optional().meta(label(documentFields.issuer)),
		/** Date of issue, to the day, month or year the source gives. */
		issued: partialDate().optional().meta(label(documentFields.issued, 'NNNN-TT-NN, hoặc NNNN-TT khi chỉ biết tháng')),
		/** The date line as printed, kept when it is incomplete ("ngày tháng 02 năm 2025"). */
		issuedAsPrinted: text().optional().meta(label('Ngày như bản in')),
		/** Other dates the sources give for the same issue, each with where it appears. */
		issuedVariants: z.array(variantSchema(tools)).default([]).meta(label('Các ngày ban hành khác nhau trong nguồn')),
		/** Date it takes effect. */
		effective: partialDate().optional().meta(label(documentFields.effective)),
		/** Whether it is in force; `khong-ro` unless a source says. */
		status: choice('effectiveStatuses').default('khong-ro').meta(label(documentFields.status)),
		/** Who signed it. */
		signer: requiredText().optional().meta(label(documentFields.signer)),
		/** The signer's position, as the signature block gives it. */
		signerPosition: text()
			.optional()
			.meta(label(documentFields.signerPosition, undefined, { widget: 'text' })),
		/** Field (lĩnh vực). */
		field: requiredText().optional().meta(label(documentFields.field)),
		/**
		 * Where the official text is published (the issuer's gazette, the national legal
		 * database), filled by an editor who has found it; never guessed. Unset, the page says so.
		 */
		officialText: webAddress()
			.optional()
			.meta(
				label(
					documentFields.officialText,
					'địa chỉ trang văn bản trên cổng chính thức (công báo, cơ sở dữ liệu văn bản pháp luật); để trống khi chưa tìm được',
				),
			),
		/** Documents this one names, read forward; the reverse links are computed. */
		relations: z
			.array(relationSchema(tools))
			.default([])
			.meta(label('Văn bản liên quan', undefined, { summary: 'Trích dẫn: {{fields.citedAs}}' })),
		/** Fields the sources leave unknown. */
		unknown: z
			.array(z.enum(unknowableFields).meta({ vocabulary: 'documentFields' }))
			.default([])
			.meta(label('Thông tin nguồn không ghi')),
		/** A short editorial note on the metadata (e.g. where a fact comes from). */
		note: text()
			.optional()
			.meta(label('Ghi chú', undefined, { widget: 'text' })),
	};
}

/** Refuses a field that is both given and declared unknown. */
export function checkUnknownFields(data: { unknown: readonly string[] } & Record<string, unknown>, ctx: z.RefinementCtx) {
	for (const key of data.unknown) {
		const value = data[key];
		const given = Array.isArray(value) ? value.length > 0 : value !== undefined;
		if (given) {
			ctx.addIssue({
				code: 'custom',
				path: ['unknown'],
				message: `"${key}" vừa có giá trị vừa được ghi là không rõ: bỏ một trong hai`,
			});
		}
	}
}
