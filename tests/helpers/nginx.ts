import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { freePort } from './ports';

/** A running nginx serving a folder with the project's shipped site config. */
export interface NginxServer {
	origin: string;
	close: () => Promise<void>;
	/** nginx's error log so far, for failure messages. */
	errors: () => string;
}

/** nginx provisioned by `npm test` (`NGINX_PATH`); a clear message when it is not there. */
function nginxBinary(): string {
	const path = process.env.NGINX_PATH;
	if (!path)
		throw new Error(
			'NGINX_PATH chưa đặt: chạy bằng "npm test" (tự cài nginx), hoặc cài "apt-get install -y nginx" rồi đặt NGINX_PATH=/usr/sbin/nginx.',
		);
	return path;
}

/** The mime.types of this nginx, read from its own build settings. */
function mimeTypesPath(binary: string): string {
	// `nginx -V` prints its build settings on stderr.
	const settings = spawnSync(binary, ['-V'], { encoding: 'utf8' });
	const confPath = /--conf-path=(\S+)/u.exec(`${settings.stdout}${settings.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
	return join(dirname(confPath), 'mime.types');
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
	const started = Date.now();
	return new Promise((resolveReady, reject) => {
		const attempt = () => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.end();
				resolveReady();
			});
			socket.once('error', () => {
				socket.destroy();
				if (Date.now() - started > timeoutMs) reject(new Error(`nginx không mở cổng ${port}`));
				else setTimeout(attempt, 100);
			});
		};
		attempt();
	});
}

/**
 * Starts nginx in the foreground on 127.0.0.1 and a free port, with a config
 * of its own (pid, logs and temp files in a temporary folder) whose one server
 * block includes the shipped `deploy/nginx/portal-site.conf`, as a deployer's would.
 */
export function startNginx(root: string): Promise<NginxServer> {
	return startNginxServer(
		(port) => `server {
        listen 127.0.0.1:${port};
        root ${resolve(root)};
        include ${resolve('deploy/nginx/portal-site.conf')};
    }`,
	);
}

/**
 * The shipped `deploy/nginx/example-server.conf` as a deployer installs it, with
 * its home (`/srv/cong-thong-tin`) moved to `home` and its `listen` lines to
 * 127.0.0.1 and a free port: every other line (root, include, the status
 * location) is served as shipped.
 */
export function startShippedServer(home: string): Promise<NginxServer> {
	const shipped = readFileSync('deploy/nginx/example-server.conf', 'utf8');
	const block = shipped.slice(shipped.indexOf('server {')).replaceAll('/srv/cong-thong-tin', resolve(home));
	return startNginxServer((port) =>
		block.replace(/^\s*listen \[::\]:80;\n/mu, '').replace(/^(\s*)listen 80;/mu, `$1listen 127.0.0.1:${port};`),
	);
}

/** Starts nginx with one server block, written for the port it is given. */
async function startNginxServer(serverBlock: (port: number) => string): Promise<NginxServer> {
	const binary = nginxBinary();
	const dir = mkdtempSync(join(tmpdir(), 'portal-nginx-'));
	for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
	const port = await freePort();
	const config = `
daemon off;
# Workers read the files as whoever runs the tests (temporary folders are private).
user ${userInfo().username};
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
    include ${mimeTypesPath(binary)};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    ${serverBlock(port)}
}
`;
	writeFileSync(join(dir, 'nginx.conf'), config);
	execFileSync(binary, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
	const child = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
	const errors = () => {
		try {
			return readFileSync(join(dir, 'error.log'), 'utf8');
		} catch {
			return '';
		}
	};
	await waitForPort(port, 10_000);
	return {
		origin: `http://127.0.0.1:${port}`,
		errors,
		close: async () => {
			const exited = new Promise((done) => child.once('exit', done));
			child.kill('SIGQUIT');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
