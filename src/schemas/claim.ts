import { z } from 'astro/zod';
import { editorialProblems } from '../lib/editorial';
import { quoteWordCount } from '../lib/quotes';
import { anchor, label, requiredText } from './fields';
import type { SchemaTools } from './tools';

/**
 * A claim: a sentence that states a fact outside a plan's full text (a campaign
 * message, a school activity, a line of a loudspeaker script, a help paragraph,
 * what a service does), with its proof. The proof is a plan, a section of its text
 * and a verbatim quote from that section (the content check finds the quote there),
 * a document of `content/legal/` with a quote of its title, or a national entry
 * (`content/national/`: 111, 113, 115, 26/6), which carries its own source. A
 * sentence with no source is the portal's own wording, marked and shown as such,
 * and holds no figure, percentage, phone number or named body.
 *
 * Every field that holds claims is built here, so the model says which fields
 * need proof: `findTagged(schema, data, CLAIM)` lists them in any entry.
 */

/** Metadata key of a claim schema. */
export const CLAIM = 'claim';
/** Metadata key of a source that cites words: a claim's source, a campaign's basis, a service's duty. */
export const CLAIM_SOURCE = 'claimSource';

/** A quote proves something only when it is more than a word or two found anywhere. */
export const MIN_QUOTE_WORDS = 3;

/** The plan's words, copied letter for letter. */
function quote() {
	return requiredText()
		.refine((value) => quoteWordCount(value) >= MIN_QUOTE_WORDS, `trích dẫn cần ít nhất ${MIN_QUOTE_WORDS} từ để làm bằng chứng`)
		.meta(
			label('Trích nguyên văn', 'chép đúng từng chữ của mục đó trong văn bản; bỏ bớt chữ ở giữa bằng […]', {
				widget: 'text',
			}),
		);
}

/** A plan line that says something: the plan, the section and its words (all three required). */
export function planQuoteSchema({ reference }: Pick<SchemaTools, 'reference'>) {
	return z
		.object({
			/** The plan whose text says it. */
			plan: reference('plans').meta(label('Kế hoạch', undefined, { widget: 'relation', collection: 'plans' })),
			/** The section of that plan, as its anchor (e.g. `muc-2-4`). */
			section: anchor().meta(label('Mục', 'mốc trong văn bản, ví dụ muc-2-4')),
			/** The words of that section, verbatim. */
			quote: quote(),
		})
		.meta({ [CLAIM_SOURCE]: true });
}

/** Where a claim comes from: exactly one of a plan (with section and quote), a cited document (with quote), a national entry. */
export function claimSourceSchema({ reference }: Pick<SchemaTools, 'reference'>) {
	return z
		.object({
			/** A plan of the portal. */
			plan: reference('plans')
				.optional()
				.meta(label('Kế hoạch', undefined, { widget: 'relation', collection: 'plans' })),
			/** The section of that plan (plans only). */
			section: anchor().optional().meta(label('Mục', 'mốc trong kế hoạch, ví dụ muc-2-4')),
			/** A cited document of `content/legal/`, when the claim rests on its title. */
			legal: reference('legal')
				.optional()
				.meta(label('Văn bản', undefined, { widget: 'relation', collection: 'legal' })),
			/** A national entry (emergency number, national day), which carries its own source. */
			national: reference('national')
				.optional()
				.meta(label('Số, ngày quốc gia', undefined, { widget: 'relation', collection: 'national' })),
			/** The words of the plan's section or of the document's title, verbatim. */
			quote: quote().optional(),
		})
		.superRefine((source, ctx) => {
			const given = [source.plan, source.legal, source.national].filter((value) => value !== undefined).length;
			if (given !== 1) {
				ctx.addIssue({ code: 'custom', message: 'chọn đúng một nguồn: một kế hoạch, một văn bản hoặc một số, ngày quốc gia' });
				return;
			}
			if (source.plan && source.section === undefined) {
				ctx.addIssue({ code: 'custom', path: ['section'], message: 'nguồn là kế hoạch thì cần mục của kế hoạch' });
			}
			if (!source.plan && source.section !== undefined) {
				ctx.addIssue({ code: 'custom', path: ['section'], message: 'chỉ nguồn là kế hoạch mới ghi mục' });
			}
			if (!source.national && source.quote === undefined) {
				ctx.addIssue({ code: 'custom', path: ['quote'], message: 'cần trích nguyên văn câu của văn bản nguồn' });
			}
			if (source.national && source.quote !== undefined) {
				ctx.addIssue({ code: 'custom', path: ['quote'], message: 'số, ngày quốc gia đã có nguồn riêng: bỏ trích dẫn' });
			}
		})
		.meta({ [CLAIM_SOURCE]: true });
}

/** A sentence stating a fact, with its source, or marked as the portal's own wording. */
export function claimSchema(tools: Pick<SchemaTools, 'reference'>) {
	return z
		.object({
			/** The sentence readers see, in plain words. */
			text: requiredText().meta(
				label('Câu', 'lời dễ hiểu; con số, tên cơ quan, lời hứa phải có trong đoạn trích nguồn', { widget: 'text' }),
			),
			/** Where it comes from. */
			source: claimSourceSchema(tools).optional().meta(label('Nguồn', 'kế hoạch, mục và trích nguyên văn')),
			/** True for the portal's own wording (a greeting, a thank-you): shown as such, with no fact in it. */
			editorial: z
				.boolean()
				.default(false)
				.meta(label('Lời của cổng (không có nguồn)', 'chỉ cho lời chào, lời cảm ơn: không con số, không tên cơ quan')),
		})
		.superRefine((claim, ctx) => {
			if (claim.editorial && claim.source) {
				ctx.addIssue({
					code: 'custom',
					path: ['editorial'],
					message: 'câu đã có nguồn thì không đánh dấu là lời của cổng (bỏ một trong hai)',
				});
			}
			if (!claim.editorial && !claim.source) {
				ctx.addIssue({
					code: 'custom',
					path: ['source'],
					message: 'câu nêu sự việc cần nguồn (kế hoạch, mục và trích nguyên văn), hoặc đánh dấu là lời của cổng',
				});
			}
			if (claim.editorial) {
				for (const problem of editorialProblems(claim.text)) {
					ctx.addIssue({ code: 'custom', path: ['text'], message: `lời của cổng không có nguồn nên không được ${problem}` });
				}
			}
		})
		.meta({ [CLAIM]: true });
}

export type Claim = z.output<ReturnType<typeof claimSchema>>;
export type ClaimSource = z.output<ReturnType<typeof claimSourceSchema>>;
export type PlanQuote = z.output<ReturnType<typeof planQuoteSchema>>;

/** A value found in an entry at a tagged schema, with its path. */
export interface TaggedValue {
	path: (string | number)[];
	value: unknown;
}

interface SchemaDef {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
}

/**
 * Every value of `data` that a schema tagged `tag` (CLAIM or CLAIM_SOURCE) read, with
 * its path: the model says where claims are, so no list of fields is kept by hand.
 */
export function findTagged(schema: z.ZodType, data: unknown, tag: string, path: (string | number)[] = []): TaggedValue[] {
	if (data === undefined || data === null) return [];
	if ((z.globalRegistry.get(schema) as Record<string, unknown> | undefined)?.[tag]) return [{ path, value: data }];
	const def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
	switch (def.type) {
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'readonly':
		case 'nonoptional':
		case 'catch':
			return findTagged(def.innerType!, data, tag, path);
		case 'pipe':
			return findTagged(def.in!, data, tag, path);
		case 'object':
			return typeof data === 'object'
				? Object.entries(def.shape!).flatMap(([key, child]) =>
						findTagged(child, (data as Record<string, unknown>)[key], tag, [...path, key]),
					)
				: [];
		case 'array':
			return Array.isArray(data) ? data.flatMap((item, index) => findTagged(def.element!, item, tag, [...path, index])) : [];
		default:
			return [];
	}
}
