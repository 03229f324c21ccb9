import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToJs, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';

/**
 * Plan texts are data, not code. MDX compiles a file into a module the build
 * imports, so an `export`, a `{…}` expression or an expression attribute would
 * run on the build machine, and a `<script>` or `<meta http-equiv>` in every
 * visitor's browser. This plugin sits in the MDX pipeline (dev and build share
 * the processor) and throws on the first node outside the subset a plan text
 * needs, naming file and line, while the tree is still only parsed: nothing
 * in the file has been evaluated yet.
 */

/** HTML a plan text's layout uses (headings, paragraphs, lists, tables, emphasis). */
const HTML_ELEMENTS = new Set([
	...['div', 'p', 'br', 'span', 'strong', 'em', 'b', 'i', 'u', 'sup', 'sub', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr'],
	...['ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption'],
]);

/** The project's own components a plan text may use (src/pages/ke-hoach/[id]/index.astro passes them). */
const PROJECT_COMPONENTS = new Set(['TextGap']);

/** Layout attributes, with literal values only. */
const ATTRIBUTES = new Set(['className', 'id', 'title', 'lang', 'colSpan', 'rowSpan', 'scope']);

/** Named in the refusal, so editors learn why, not only that. */
const DANGEROUS_ELEMENTS = new Set(['script', 'style', 'meta', 'link', 'iframe', 'object', 'embed', 'base', 'form', 'frame']);

interface Attribute {
	type: string;
	name?: string;
	value?: unknown;
}

interface JsxNode {
	name: string | null;
	attributes: readonly Attribute[];
}

/** Why one JSX element is outside the subset, or undefined when it is allowed. */
function elementProblem(node: JsxNode): string | undefined {
	const name = node.name ?? '';
	if (name === '') return 'phân đoạn rỗng <>…</> không được dùng';
	if (DANGEROUS_ELEMENTS.has(name.toLowerCase()))
		return `thẻ <${name}> không được dùng trong toàn văn (có thể chạy mã hoặc chuyển hướng người xem)`;
	if (!HTML_ELEMENTS.has(name) && !PROJECT_COMPONENTS.has(name)) return `thẻ <${name}> không thuộc các thẻ được phép trong toàn văn`;
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') return `thuộc tính dạng biểu thức {…} trong <${name}> không được dùng`;
		const attributeName = attribute.name ?? '';
		if (typeof attribute.value === 'object' && attribute.value !== null)
			return `thuộc tính ${attributeName} của <${name}> có giá trị biểu thức {…}: chỉ được ghi giá trị cố định trong ngoặc kép`;
		if (/^on/iu.test(attributeName)) return `thuộc tính xử lý sự kiện ${attributeName} không được dùng`;
		if (attributeName.startsWith('set:')) return `chỉ thị ${attributeName} không được dùng`;
		if (!PROJECT_COMPONENTS.has(name) && !ATTRIBUTES.has(attributeName))
			return `thuộc tính ${attributeName} của <${name}> không thuộc các thuộc tính được phép`;
	}
	return undefined;
}

interface Positioned {
	position?: { start: { line: number; column: number } } | undefined;
}

/** Where a refusal stands in its file. */
export interface SubsetProblem {
	line?: number | undefined;
	message: string;
}

/** The subset's visitor: each node outside it is passed to `report`, which may throw to stop at the first. */
function subsetVisitor(report: (node: Positioned, message: string) => void): MdastPluginDefinition {
	const checkElement = (node: JsxNode & Positioned) => {
		const problem = elementProblem(node);
		if (problem) report(node, problem);
	};
	return {
		name: 'portal:mdx-subset',
		options: { position: true },
		mdxjsEsm: (node) => report(node, 'lệnh import/export không được dùng trong toàn văn: toàn văn là văn bản, không phải mã'),
		mdxFlowExpression: (node) => report(node, 'biểu thức {…} không được dùng; muốn ghi dấu ngoặc nhọn hãy viết \\{ hoặc \\}'),
		mdxTextExpression: (node) => report(node, 'biểu thức {…} không được dùng; muốn ghi dấu ngoặc nhọn hãy viết \\{ hoặc \\}'),
		html: (node) => report(node, 'HTML thô không được dùng trong toàn văn'),
		mdxJsxFlowElement: checkElement,
		mdxJsxTextElement: checkElement,
	};
}

/** The MDX-pipeline plugin: one refusal names `file:line:column` and what is not allowed. */
export function mdxSubsetPlugin(factory: PluginFactoryContext): MdastPluginDefinition | null {
	if (factory.sourceFormat !== 'mdx') return null;
	// Named from the project root, as the content check names files.
	const file = factory.fileURL ? relative(process.cwd(), fileURLToPath(factory.fileURL)) : '(MDX)';
	return subsetVisitor((node, message) => {
		const start = node.position?.start;
		throw new Error(`${file}${start ? `:${start.line}:${start.column}` : ''}: ${message}`);
	});
}

/**
 * Every node of a plan text outside the subset, for the content check, which lists them with
 * the rest of the build's problems (the plugin above stops at the first). The text is only
 * compiled, never run. A file MDX cannot parse at all returns none here: the MDX compile
 * names its file, line and column.
 */
export function mdxSubsetProblems(text: string): SubsetProblem[] {
	const problems: SubsetProblem[] = [];
	const report = (node: Positioned, message: string) => problems.push({ line: node.position?.start.line, message });
	try {
		mdxToJs(text, { mdastPlugins: [() => subsetVisitor(report)] });
	} catch {
		// Not MDX at all: left to the compile, which names the place.
	}
	return problems;
}
