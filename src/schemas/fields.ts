import { z } from 'astro/zod';
import { PARTIAL_DATE_PATTERN, parseInstant, parsePartialDate } from '../lib/dates';
import { DOCUMENT_NUMBER } from '../lib/document-number';
import { hasNoControlCharacters, toNfc } from '../lib/text';
import { keysOf, VOCABULARIES, type VocabularyName } from './vocabulary';

/**
 * Field builders shared by the schemas. Each carries its rule once; the CMS
 * reads the same rules (pattern, required, enum) from the schemas through
 * `z.toJSONSchema`, and its labels from `.meta({ title, description })`.
 */

/** How the CMS should edit a field, when the type alone does not say. */
export interface CmsHint {
	widget?: 'text' | 'markdown' | 'image' | 'file' | 'relation' | 'date' | 'hidden' | 'target';
	/** For `relation`: the collection the value points into. */
	collection?: string;
	/** A pattern the CMS checks while typing (the schema checks it again at build). */
	pattern?: string;
	/** What to tell the editor when the pattern does not match. */
	patternMessage?: string;
	/** A valid value, for hints and for tests that fill the field. */
	example?: string;
	/** For `file`: the folder uploads go to, and the path written into the field. */
	mediaFolder?: string;
	publicFolder?: string;
	/**
	 * For a list of objects: how a collapsed item is named (Decap's `summary`, `{{fields.x}}`). Without it
	 * Decap shows the item's first field, which for a target or a relation is an id or a slug.
	 */
	summary?: string;
}

/** A pattern with its message and an example, for the schema and the CMS alike. */
function patterned(pattern: RegExp, message: string, example: string) {
	return { pattern, message, cms: { pattern: pattern.source, patternMessage: message, example } satisfies CmsHint };
}

/** Vietnamese label and hint for the CMS (and the reader of the schema). */
export function label(title: string, description?: string, cms?: CmsHint) {
	return { title, ...(description ? { description } : {}), ...(cms ? { cms } : {}) };
}

const CONTROL_MESSAGE = 'có ký tự điều khiển ẩn (thường do dán từ PDF hoặc Word): hãy gõ lại đoạn này';

/** Free text: refuses hidden control characters, stores NFC whatever the keyboard produced. */
export function text() {
	return z.string().refine(hasNoControlCharacters, CONTROL_MESSAGE).transform(toNfc);
}

/** Text that must not be empty, optionally with a length limit. */
export function requiredText({ max }: { max?: number } = {}) {
	const base = z.string().trim().min(1, 'không được để trống');
	const limited = max === undefined ? base : base.max(max, `tối đa ${max} ký tự`);
	return limited.refine(hasNoControlCharacters, CONTROL_MESSAGE).transform(toNfc);
}

/** Lower-case ASCII words joined by hyphens, as used in URLs and ids. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const SLUG = patterned(SLUG_PATTERN, 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: dao-tao-nghe)', 'vi-du');

export function slug() {
	return z.string().regex(SLUG.pattern, SLUG.message).meta({ cms: SLUG.cms });
}

/** A slug's CMS hint, for a field that adds its own widget (a later `.meta` replaces the whole hint). */
export const SLUG_HINT: CmsHint = SLUG.cms;

const NUMBER = patterned(DOCUMENT_NUMBER, 'số hiệu phải có dạng 146/KH-UBND hoặc 116/2021/NĐ-CP', '1/KH-UBND');

/** Số hiệu of a document (see `DOCUMENT_NUMBER`). */
export function documentNumber() {
	return z.string().regex(NUMBER.pattern, NUMBER.message).meta({ cms: NUMBER.cms });
}

/** Section anchor inside a document's text: "can-cu", "muc-2-4", "muc-ii-6". */
export const ANCHOR_PATTERN = /^(?:phan|muc|can-cu|noi-nhan|ky|dau)(?:-[a-z0-9]+)*$/u;

const ANCHOR = patterned(ANCHOR_PATTERN, 'mốc trong văn bản phải có dạng muc-2-4, muc-ii-6 hoặc can-cu', 'muc-2-4');

export function anchor() {
	return z.string().regex(ANCHOR.pattern, ANCHOR.message).meta({ cms: ANCHOR.cms });
}

/** An address on the web, http or https only: never `javascript:`, `data:` or a local file. */
export function webAddress() {
	return z.url({ protocol: /^https?$/u, error: 'địa chỉ web phải bắt đầu bằng https:// hoặc http://' });
}

/**
 * A calendar date known to the day, the month or the year: "2022-05-20", "2025-02", "2008".
 * YAML reads an unquoted `2022-05-20` as a Date at UTC midnight; that is the same calendar day.
 */
const PARTIAL_DATE = patterned(PARTIAL_DATE_PATTERN, 'ngày phải viết NNNN-TT-NN, NNNN-TT hoặc NNNN (ví dụ 2022-05-20)', '2025-02');

export function partialDate() {
	return z
		.union([z.string(), z.date()])
		.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
		.pipe(
			z
				.string()
				.regex(PARTIAL_DATE.pattern, PARTIAL_DATE.message)
				.refine((value) => parsePartialDate(value) !== undefined, 'ngày này không có trên lịch'),
		)
		.meta({ cms: PARTIAL_DATE.cms });
}

/** A calendar day (the day is required); the CMS offers a date picker. */
export function calendarDate() {
	return partialDate()
		.refine((value) => /^\d{4}-\d{2}-\d{2}$/u.test(value), 'cần đủ ngày, tháng, năm (NNNN-TT-NN)')
		.meta({ cms: { widget: 'date', example: '2025-06-01' } satisfies CmsHint });
}

/**
 * A publication time: a date alone ("2022-05-20", midnight in Việt Nam) or a
 * date-time with its offset. A YAML Date at exactly UTC midnight is a date alone.
 */
export function instant() {
	const schema = z.union([z.string(), z.date()]).transform((value, ctx) => {
		const isBareYamlDate = value instanceof Date && !Number.isNaN(value.getTime()) && value.toISOString().endsWith('T00:00:00.000Z');
		const parsed = parseInstant(isBareYamlDate ? value.toISOString().slice(0, 10) : value);
		if (!parsed) {
			ctx.addIssue({ code: 'custom', message: 'ngày giờ không hợp lệ: viết 2022-05-20 hoặc 2022-05-20T08:00:00+07:00' });
			return z.NEVER;
		}
		return parsed;
	});
	return schema.meta({ cms: { widget: 'date', example: '2025-06-01' } satisfies CmsHint });
}

const PHONE = patterned(/^\+?[0-9 .]{3,20}$/u, 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm', '0203 123 456');

/** A telephone number as dialled ("0203 123 456", "113"). */
export function phone() {
	return z.string().regex(PHONE.pattern, PHONE.message).meta({ cms: PHONE.cms });
}

/**
 * A day that exists in some year: the pattern itself knows each month's length (02-29 recurs in leap
 * years), so the CMS form refuses 02-30 or 04-31 with the same message as the content check.
 */
const MONTH_DAY = patterned(
	/^(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31|02-29)$/u,
	'ngày trong năm viết TT-NN và phải có trên lịch (tháng 2 có tối đa 29 ngày; tháng 4, 6, 9, 11 có 30 ngày), ví dụ 06-26',
	'06-26',
);

/** A day of the year (`MM-DD`), for what recurs every year. */
export function monthDay() {
	return z.string().regex(MONTH_DAY.pattern, MONTH_DAY.message).meta({ cms: MONTH_DAY.cms });
}

/** A year the portal can hold. */
export function year() {
	return z.number().int().min(1945).max(2100);
}

/** One value of a vocabulary (`src/schemas/vocabulary.ts`), tagged with its name so the CMS shows the labels. */
export function choice<N extends VocabularyName>(name: N) {
	return z.enum(keysOf(VOCABULARIES[name])).meta({ vocabulary: name });
}

/** The name the CMS looks up for the localities of the site config (they are not a fixed vocabulary). */
export const LOCALITIES_VOCABULARY = 'localities';

/** One of the site's localities. */
export function locality(localityIds: readonly [string, ...string[]]) {
	return z.enum(localityIds).meta({ vocabulary: LOCALITIES_VOCABULARY });
}
