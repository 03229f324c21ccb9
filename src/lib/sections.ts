/**
 * Stable anchors for the numbered sections of a Vietnamese plan, computed from
 * the numbering the document itself uses, so that links such as `#muc-2-4`
 * (target 2.4) or `#muc-ii-6` (task II.6) never change when wording does.
 *
 * - a part heading "II. NHIỆM VỤ…" → `phan-ii`
 * - an item "6. Nâng cao…" inside part II → `muc-ii-6`
 * - a sub-item written out in full, "2.4. Cai nghiện…" → `muc-2-4`
 * - a lettered item "a) Mục tiêu chung" inside II.1 → `muc-ii-1-a`
 */

/** A heading or paragraph of the text, in reading order. */
export interface TextBlock {
	/** Element name: h2, h3, h4, p… */
	tag: string;
	/** Its text. */
	text: string;
	/** An id the text already sets explicitly. */
	id?: string | undefined;
}

const PART = /^([IVX]+)\.\s/u;
const ITEM = /^(\d+)\.\s/u;
const SUB_ITEM = /^(\d+)\.(\d+)\.\s/u;
const LETTERED = /^([a-zđ])\)\s/u;

/** The anchor of each block (undefined for unnumbered ones); throws on a duplicate. */
export function assignSectionAnchors(blocks: readonly TextBlock[]): (string | undefined)[] {
	let part: string | undefined;
	let item: string | undefined;
	const seen = new Set<string>();
	return blocks.map((block) => {
		const text = block.text.trim();
		let anchor = block.id;
		const partMatch = block.tag === 'h2' ? PART.exec(text) : null;
		const subMatch = SUB_ITEM.exec(text);
		const itemMatch = ITEM.exec(text);
		const letterMatch = LETTERED.exec(text);
		if (partMatch) {
			part = partMatch[1]?.toLowerCase();
			item = undefined;
			anchor ??= `phan-${part}`;
		} else if (subMatch) {
			anchor ??= `muc-${subMatch[1]}-${subMatch[2]}`;
		} else if (itemMatch) {
			item = itemMatch[1];
			anchor ??= part ? `muc-${part}-${item}` : `muc-${item}`;
		} else if (letterMatch && /^h\d$/u.test(block.tag)) {
			anchor ??= ['muc', part, item, letterMatch[1] === 'đ' ? 'dd' : letterMatch[1]].filter(Boolean).join('-');
		}
		if (anchor !== undefined) {
			if (seen.has(anchor)) throw new Error(`mốc "${anchor}" bị trùng (ở "${text.slice(0, 60)}")`);
			seen.add(anchor);
		}
		return anchor;
	});
}

/** One entry of a table of contents. */
export interface TocEntry {
	anchor: string;
	label: string;
	depth: number;
}

const TOC_LABEL_LENGTH = 90;

/**
 * The table of contents: every anchored block in order. Headings keep their
 * text; a numbered paragraph ("2.4. Cai nghiện…") is listed by its first words.
 */
export function tableOfContents(blocks: readonly TextBlock[]): TocEntry[] {
	const anchors = assignSectionAnchors(blocks);
	return blocks.flatMap((block, index) => {
		const anchor = anchors[index];
		if (!anchor || block.id !== undefined) return [];
		const heading = /^h([2-4])$/u.exec(block.tag)?.[1];
		const text = block.text.trim();
		const label = heading || text.length <= TOC_LABEL_LENGTH ? text : `${text.slice(0, text.lastIndexOf(' ', TOC_LABEL_LENGTH))}…`;
		return [{ anchor, label, depth: heading ? Number(heading) - 1 : 3 }];
	});
}

/**
 * The headings and paragraphs of an MDX plan text, in order, as the section
 * plugin sees them after rendering: `## `/`### `/`#### ` lines are headings,
 * other prose blocks are paragraphs (JSX blocks and list items are skipped).
 */
export function mdxBlocks(source: string): TextBlock[] {
	return source
		.split(/\n\s*\n/u)
		.map((chunk) => chunk.trim())
		.filter((chunk) => chunk !== '' && !chunk.startsWith('<') && !chunk.startsWith('- '))
		.map((chunk) => {
			const heading = /^(#{2,4}) (.*)$/su.exec(chunk);
			const text = (heading ? heading[2]! : chunk).replace(/\\([.()*_[\]])/gu, '$1').replace(/\s+/gu, ' ');
			return { tag: heading ? `h${heading[1]!.length}` : 'p', text };
		});
}
