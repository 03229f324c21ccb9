import type { Plugin, Root } from 'postcss';

/**
 * Puts every component's and page's scoped `<style>` into the `components` cascade layer
 * (declared in `src/styles/global.css`), so the order of the site's styles is the order of
 * the layers, never the order Vite happens to bundle files in.
 */
export function componentLayer(): Plugin {
	return {
		postcssPlugin: 'portal-component-layer',
		Once(root: Root, { AtRule }) {
			const file = root.source?.input.file ?? '';
			if (!/\.astro(\?|$)/u.test(file)) return;
			// Vite may hand the same style to PostCSS twice: layer it once.
			const [first] = root.nodes;
			if (root.nodes.length === 1 && first?.type === 'atrule' && first.name === 'layer') return;
			const layer = new AtRule({ name: 'layer', params: 'components' });
			layer.append(root.nodes);
			root.append(layer);
		},
	};
}
