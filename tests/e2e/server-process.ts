// Starts the built dashboard as a separate process, as a user would, for tests that restart it.
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServer {
	url: string;
	process: ChildProcess;
	output: () => string;
	stop: () => Promise<void>;
}

export interface ExitedServer {
	code: number | null;
	output: string;
}

/** Starts `node src/cli/start.js`; resolves once it listens, or with its exit when it stops first. */
export function startServer(
	env: Record<string, string>,
	port: number
): Promise<RunningServer | ExitedServer> {
	const child = spawn(process.execPath, ['src/cli/start.js'], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	return new Promise((resolvePromise, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`server did not start within 20 s:\n${output}`));
		}, 20_000);
		const onData = (chunk: Buffer) => {
			output += chunk.toString('utf8');
			if (/Listening on/.test(output)) {
				clearTimeout(timer);
				resolvePromise({
					url: `http://127.0.0.1:${port}`,
					process: child,
					output: () => output,
					stop: () =>
						new Promise((done) => {
							if (child.exitCode !== null) return done();
							child.once('exit', () => done());
							child.kill('SIGTERM');
						})
				});
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('exit', (code) => {
			clearTimeout(timer);
			resolvePromise({ code, output });
		});
	});
}

export function isRunning(server: RunningServer | ExitedServer): server is RunningServer {
	return 'stop' in server;
}
