/**
 * The import rules of the layout (README, "How the content is organised"), checked by
 * `npm test` (scripts/test.mjs runs depcruise): a rule broken is a build broken.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'A cycle makes two modules one: neither can be read, tested or moved alone.',
			from: {},
			to: { circular: true },
		},
		{
			name: 'lib-is-pure',
			severity: 'error',
			comment: 'src/lib is pure logic with its tests beside it: it imports nothing of the project and no Astro module.',
			from: { path: '^src/lib/' },
			to: { path: ['^src/(?!lib/)', '^cms/', '^scripts/', '^tests/', '^astro:'] },
		},
		{
			name: 'schemas-are-the-model',
			severity: 'error',
			comment: 'The model reads only itself and pure logic, so the CMS, the check and tests build the same schemas.',
			from: { path: '^src/schemas/' },
			to: { path: ['^src/(?!lib/|schemas/)', '^cms/', '^scripts/', '^tests/'] },
		},
		{
			name: 'check-reads-the-model',
			severity: 'error',
			comment: 'The content check validates files with the model; it never reads what pages compute from them.',
			from: { path: '^src/content-check/' },
			to: { path: ['^src/(data|pages|components|layouts|scripts)/', '^cms/', '^astro:'] },
		},
		{
			name: 'components-only-render',
			severity: 'error',
			comment: 'Components and layouts render prepared data: they take its types from src/data, never its functions.',
			from: { path: '^src/(components|layouts)/' },
			to: { path: ['^src/data/', '^astro:content'], dependencyTypesNot: ['type-only'] },
		},
		{
			name: 'collections-in-data',
			severity: 'error',
			comment: "Reading collections is src/data's job; routes call it (a page may render an entry it was given).",
			from: { path: '^src/(?!data/|content\\.config|schemas/tools|pages/)' },
			to: { path: '^astro:content$', dependencyTypesNot: ['type-only'] },
		},
		{
			name: 'site-not-tests',
			severity: 'error',
			comment: 'Nothing published depends on the tests, the bench or the scripts.',
			from: { path: '^(src|cms)/', pathNot: '\\.test\\.ts$' },
			to: { path: ['^tests/', '^scripts/'] },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: ['^dist/', '^\\.astro/', '^scripts/bench/floor/'] },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
		extraExtensionsToScan: ['.astro'],
	},
};
