/**
 * Under `npm run cms`, a save writes a file in content/ and Astro's dev server
 * answers with a full reload of every open page: the admin would reload in the
 * middle of Decap's save, and the editor would never see it confirmed. The
 * admin page says who it is over Vite's HMR socket (`ADMIN_HELLO`); a full
 * reload that follows a change under content/ then goes to every other page
 * (the site being previewed), not to it. Other reloads (new dependencies
 * optimised, code edited) still reach it, or it would run stale modules.
 * A reload counts as the content's when Astro has just told the server
 * environments that the content changed (`astro:content-changed`, sent right
 * before its reload however long the re-read took), or shortly after a file
 * under content/ changed.
 *
 * A full reload sent before the server has answered any request is dropped:
 * Vite keeps one sent while no page is connected for the first page that
 * connects, and Astro sends one when its first content sync writes the data
 * store, so the first visit after a start reloaded while Decap loaded (the
 * admin empty for as long again). No page existed yet that could be stale.
 * Dev server only; a build has no socket.
 */
import type { Plugin, WebSocket } from 'vite';

/** The custom HMR event the admin page sends once connected (src/pages/admin/index.astro). */
export const ADMIN_HELLO = 'portal:admin-page';

interface Channel {
	send: (...args: never[]) => void;
	on?: (event: string, listener: (data: unknown, client: { socket?: WebSocket }) => void) => void;
	clients?: Set<{ socket?: WebSocket; send: (payload: unknown) => void }>;
}

/** The event Astro sends to its server environments before the full reload that follows a content change. */
const CONTENT_CHANGED = 'astro:content-changed';

/** How long after a change under content/ a full reload counts as caused by it (the content layer re-reads first). */
const CONTENT_RELOAD_WINDOW_MS = 5000;

const isFullReload = (payload: unknown) =>
	typeof payload === 'object' && payload !== null && (payload as { type?: string }).type === 'full-reload';

export function adminNoReloadPlugin(): Plugin {
	return {
		name: 'portal:admin-no-reload',
		apply: 'serve',
		configureServer(server) {
			const admins = new WeakSet<WebSocket>();
			const content = `${server.config.root.replace(/\/$/u, '')}/content/`;
			let contentChanged = 0;
			let answered = false;
			server.middlewares.use((_request, _response, next) => {
				answered = true;
				next();
			});
			const onFile = (file: string) => {
				if (file.replaceAll('\\', '/').startsWith(content)) contentChanged = Date.now();
			};
			for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onFile);
			// Astro sends the client's reload in the same task as this event: the mark lasts until the task ends.
			let contentReload = false;
			for (const environment of Object.values(server.environments)) {
				if (environment.name === 'client') continue;
				const hot = environment.hot as unknown as Channel;
				const sendHot = hot.send.bind(hot) as (...args: unknown[]) => void;
				hot.send = ((...args: unknown[]) => {
					if (args[0] === CONTENT_CHANGED) {
						contentReload = true;
						queueMicrotask(() => (contentReload = false));
					}
					return sendHot(...args);
				}) as never;
			}
			const ws = server.ws as unknown as Channel;
			ws.on?.(ADMIN_HELLO, (_data, client) => {
				if (client.socket) admins.add(client.socket);
			});
			const patched = new WeakSet<Channel>();
			for (const channel of [ws, server.environments['client']?.hot as unknown as Channel | undefined]) {
				if (!channel || patched.has(channel)) continue;
				patched.add(channel);
				const send = channel.send.bind(channel) as (...args: unknown[]) => void;
				channel.send = ((...args: unknown[]) => {
					if (!isFullReload(args[0])) return send(...args);
					if (!answered) return;
					const fromContent = contentReload || Date.now() - contentChanged <= CONTENT_RELOAD_WINDOW_MS;
					if (!ws.clients || !fromContent) return send(...args);
					for (const client of ws.clients) if (!client.socket || !admins.has(client.socket)) client.send(args[0]);
				}) as never;
			}
		},
	};
}
