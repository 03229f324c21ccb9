import { describe, expect, test } from 'vitest';
import {
	buildRelationGraph,
	dependentsOf,
	findCycles,
	findMissingReferences,
	groupByKind,
	type GraphNode,
	type Relation,
} from './relations';

const node = (id: string): GraphNode => ({ id, file: `content/${id}.yaml` });
const rel = (from: string, to: string, kind = 'thuc-hien', section?: string): Relation => ({ from, to, kind, section });

const nodes = ['luat', 'nghi-dinh', 'kh-tinh', 'kh-qn', 'kh-lc'].map(node);
const relations = [
	rel('kh-qn', 'luat', 'thuc-hien', 'can-cu'),
	rel('kh-qn', 'luat', 'dan-chieu', 'muc-ii-4'),
	rel('kh-qn', 'kh-tinh', 'thuc-hien', 'can-cu'),
	rel('kh-tinh', 'luat', 'trien-khai'),
	rel('nghi-dinh', 'luat', 'quy-dinh-chi-tiet'),
	rel('kh-lc', 'nghi-dinh', 'dan-chieu', 'muc-iii-5'),
];

describe('buildRelationGraph', () => {
	test('computes back-links from the forward references only', () => {
		const graph = buildRelationGraph(nodes, relations);
		expect(graph.incoming.get('luat')?.map((r) => r.from)).toEqual(['kh-qn', 'kh-qn', 'kh-tinh', 'nghi-dinh']);
		expect(graph.incoming.get('kh-lc')).toEqual([]);
		expect(graph.outgoing.get('kh-lc')?.map((r) => r.to)).toEqual(['nghi-dinh']);
	});

	test('an unknown reference fails, naming the file and the missing id', () => {
		expect(() => buildRelationGraph(nodes, [...relations, rel('kh-lc', 'khong-co')])).toThrow(/content\/kh-lc\.yaml: "khong-co"/u);
	});

	test('findMissingReferences lists each one', () => {
		expect(findMissingReferences(nodes, [rel('kh-qn', 'x'), rel('kh-lc', 'y')])).toEqual([
			{ file: 'content/kh-qn.yaml', from: 'kh-qn', missing: 'x' },
			{ file: 'content/kh-lc.yaml', from: 'kh-lc', missing: 'y' },
		]);
	});
});

describe('dependentsOf', () => {
	test('finds documents that rest on a law directly and through chains, shortest chain first', () => {
		const graph = buildRelationGraph(nodes, relations);
		expect(dependentsOf(graph, 'luat')).toEqual([
			{ id: 'kh-qn', path: ['kh-qn', 'luat'], kinds: ['thuc-hien'] },
			{ id: 'kh-tinh', path: ['kh-tinh', 'luat'], kinds: ['trien-khai'] },
			{ id: 'nghi-dinh', path: ['nghi-dinh', 'luat'], kinds: ['quy-dinh-chi-tiet'] },
			{ id: 'kh-lc', path: ['kh-lc', 'nghi-dinh', 'luat'], kinds: ['dan-chieu', 'quy-dinh-chi-tiet'] },
		]);
	});

	test('a cycle is walked once and does not list the target itself', () => {
		const graph = buildRelationGraph(['a', 'b', 'c'].map(node), [rel('a', 'b'), rel('b', 'c'), rel('c', 'a')]);
		expect(dependentsOf(graph, 'a').map((d) => d.id)).toEqual(['c', 'b']);
	});
});

describe('findCycles', () => {
	test('reports a cycle with its path', () => {
		const graph = buildRelationGraph(['a', 'b', 'c'].map(node), [rel('a', 'b'), rel('b', 'c'), rel('c', 'a')]);
		expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
	});

	test('finds none in a tree', () => {
		expect(findCycles(buildRelationGraph(nodes, relations))).toEqual([]);
	});

	test('a document citing itself is a cycle', () => {
		expect(findCycles(buildRelationGraph([node('a')], [rel('a', 'a')]))).toEqual([['a', 'a']]);
	});
});

test('groupByKind keeps one entry per document and kind', () => {
	const groups = groupByKind(
		relations.filter((r) => r.from === 'kh-qn'),
		'to',
	);
	expect([...groups.keys()]).toEqual(['thuc-hien', 'dan-chieu']);
	expect(groups.get('thuc-hien')?.map((list) => list[0]?.to)).toEqual(['luat', 'kh-tinh']);
});
