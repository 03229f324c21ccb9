/**
 * The legal-basis graph (lược đồ): documents name other documents (thực hiện,
 * căn cứ, dẫn chiếu…). Only the forward references are written in content; the
 * backward links ("được thực hiện bởi") and the chains that reach a document
 * through others are computed here.
 */

/** A reference from one document to another, as written in the naming document. */
export interface Relation {
	from: string;
	to: string;
	kind: string;
	/** Section anchor of the naming document where it is said. */
	section?: string | undefined;
	/** The citation in the naming document's words. */
	citedAs?: string | undefined;
}

/** A document of the graph and the file it comes from (for error messages). */
export interface GraphNode {
	id: string;
	file: string;
}

/** An invalid reference: a file names a document that does not exist. */
export interface MissingReference {
	file: string;
	from: string;
	missing: string;
}

/** The graph, indexed both ways. */
export interface RelationGraph {
	nodes: Map<string, GraphNode>;
	outgoing: Map<string, Relation[]>;
	incoming: Map<string, Relation[]>;
}

/** Lists the relations that point to no known document. */
export function findMissingReferences(nodes: readonly GraphNode[], relations: readonly Relation[]): MissingReference[] {
	const byId = new Map(nodes.map((node) => [node.id, node]));
	return relations
		.filter((relation) => !byId.has(relation.to))
		.map((relation) => ({ file: byId.get(relation.from)?.file ?? relation.from, from: relation.from, missing: relation.to }));
}

/** Builds the graph; throws, naming each file and missing id, when a reference is unknown. */
export function buildRelationGraph(nodes: readonly GraphNode[], relations: readonly Relation[]): RelationGraph {
	const missing = findMissingReferences(nodes, relations);
	if (missing.length > 0) {
		throw new Error(
			`Tham chiếu tới văn bản không tồn tại:\n${missing.map((m) => `  - ${m.file}: "${m.missing}" (trong relations của ${m.from})`).join('\n')}`,
		);
	}
	const outgoing = new Map<string, Relation[]>();
	const incoming = new Map<string, Relation[]>();
	for (const node of nodes) {
		outgoing.set(node.id, []);
		incoming.set(node.id, []);
	}
	for (const relation of relations) {
		outgoing.get(relation.from)?.push(relation);
		incoming.get(relation.to)?.push(relation);
	}
	return { nodes: new Map(nodes.map((node) => [node.id, node])), outgoing, incoming };
}

/** Every cycle of references (A names B … names A), each as the ids along it. */
export function findCycles(graph: RelationGraph): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	const stack: string[] = [];
	const visit = (id: string) => {
		state.set(id, 'visiting');
		stack.push(id);
		for (const relation of graph.outgoing.get(id) ?? []) {
			const next = relation.to;
			if (state.get(next) === 'visiting') {
				cycles.push([...stack.slice(stack.indexOf(next)), next]);
			} else if (!state.has(next)) {
				visit(next);
			}
		}
		stack.pop();
		state.set(id, 'done');
	};
	for (const id of [...graph.nodes.keys()].sort()) if (!state.has(id)) visit(id);
	return cycles;
}

/** A document that rests on another, directly or through a chain. */
export interface Dependent {
	id: string;
	/** Ids from the dependent down to the target: [dependent, …, target]. */
	path: string[];
	/** The relation kinds along the path. */
	kinds: string[];
}

/**
 * Every document that rests on `target` (names it, or names a document that
 * does, and so on), with the shortest chain for each. Cycles are walked once.
 */
export function dependentsOf(graph: RelationGraph, target: string): Dependent[] {
	const found = new Map<string, Dependent>();
	const queue: Dependent[] = [{ id: target, path: [target], kinds: [] }];
	while (queue.length > 0) {
		const current = queue.shift()!;
		for (const relation of graph.incoming.get(current.id) ?? []) {
			if (relation.from === target || found.has(relation.from)) continue;
			const dependent = { id: relation.from, path: [relation.from, ...current.path], kinds: [relation.kind, ...current.kinds] };
			found.set(relation.from, dependent);
			queue.push(dependent);
		}
	}
	return [...found.values()].sort((a, b) => a.path.length - b.path.length || a.id.localeCompare(b.id));
}

/** Relations grouped by kind, in the order kinds first appear, one entry per (document, kind). */
export function groupByKind(relations: readonly Relation[], key: 'to' | 'from'): Map<string, Relation[][]> {
	const groups = new Map<string, Map<string, Relation[]>>();
	for (const relation of relations) {
		const byDocument = groups.get(relation.kind) ?? new Map<string, Relation[]>();
		const list = byDocument.get(relation[key]) ?? [];
		list.push(relation);
		byDocument.set(relation[key], list);
		groups.set(relation.kind, byDocument);
	}
	return new Map([...groups].map(([kind, byDocument]) => [kind, [...byDocument.values()]]));
}
