import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { assignSectionAnchors, type TextBlock } from '../lib/sections';

type HastLike = {
	type: string;
	tagName?: string;
	name?: string | null;
	properties?: Record<string, unknown>;
	attributes?: Array<{ name?: string; value?: unknown }>;
	children?: HastLike[];
};

/** Headings and paragraphs in reading order, looking inside the MDX wrappers of the text. */
function collectBlocks(node: HastLike, ctx: HastVisitorContext, out: { node: HastLike; block: TextBlock }[] = []) {
	for (const child of node.children ?? []) {
		if (child.type === 'element' && /^(?:h[2-4]|p)$/u.test(child.tagName ?? '')) {
			const id = typeof child.properties?.id === 'string' ? child.properties.id : undefined;
			out.push({ node: child, block: { tag: child.tagName ?? 'p', text: ctx.textContent(child as never), id } });
		} else if (child.type === 'element' || child.type === 'mdxJsxFlowElement') {
			collectBlocks(child, ctx, out);
		}
	}
	return out;
}

/**
 * Gives every numbered section of a plan text its stable anchor (`#muc-2-4`),
 * computed by `assignSectionAnchors` from the document's own numbering. Only
 * the plan texts in `content/plan-texts/` are touched; a duplicate anchor fails
 * the build with the file named.
 */
export function sectionAnchorsPlugin(factory: PluginFactoryContext): HastPluginDefinition | null {
	const file = factory.fileURL?.pathname ?? '';
	if (!file.includes('/content/plan-texts/')) return null;
	return {
		name: 'portal:section-anchors',
		before(root, ctx) {
			const found = collectBlocks(root as unknown as HastLike, ctx);
			let anchors: (string | undefined)[];
			try {
				anchors = assignSectionAnchors(found.map((entry) => entry.block));
			} catch (cause) {
				throw new Error(`${file}: ${(cause as Error).message}`, { cause });
			}
			found.forEach((entry, index) => {
				const anchor = anchors[index];
				if (anchor && entry.block.id === undefined) ctx.setProperty(entry.node as never, 'id', anchor);
			});
		},
	};
}
