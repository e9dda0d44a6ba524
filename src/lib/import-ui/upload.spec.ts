import { describe, expect, it } from 'vitest';
import {
	failureMessage,
	percentOf,
	uploadFiles,
	UploadCancelled,
	UploadFailed,
	type SendFile,
	type UploadProgress
} from './upload';

const file = (name: string, size: number) =>
	Object.assign(new Blob([new Uint8Array(size)]), { name });

/** A SendFile that reports progress in two steps and answers with the given status. */
function fakeSend(status = 201, calls: string[] = []): SendFile {
	return (url, body, onProgress) => {
		calls.push(url);
		let aborted: (() => void) | undefined;
		const done = new Promise<{ status: number; body: string }>((resolve, reject) => {
			aborted = () => reject(new UploadCancelled());
			queueMicrotask(() => {
				onProgress(body.size / 2);
				onProgress(body.size);
				resolve({ status, body: status < 300 ? '{}' : '{"message":"too big"}' });
			});
		});
		return { done, abort: () => aborted?.() };
	};
}

describe('percentOf', () => {
	it.each([
		[0, 100, 0],
		[1, 3, 33],
		[99.9, 100, 99],
		[100, 100, 100],
		[150, 100, 100],
		[0, 0, 100]
	])('%d of %d is %d%%', (loaded, total, expected) => {
		expect(percentOf(loaded, total)).toBe(expected);
	});
});

describe('failureMessage', () => {
	it.each([
		[
			{ status: 413, body: '{"message":"The files are over 500 MB."}' },
			'The files are over 500 MB.'
		],
		[
			{ status: 413, body: 'Content-length of 700 exceeds limit of 600 bytes.' },
			'Content-length of 700 exceeds limit of 600 bytes.'
		],
		[{ status: 500, body: '' }, 'Parallax answered with status 500.'],
		[{ status: 0, body: '' }, 'The connection to Parallax was lost while sending the files.']
	])('explains %j as %s', (answer, expected) => {
		expect(failureMessage(answer)).toBe(expected);
	});
});

describe('uploadFiles', () => {
	it('sends each file to its URL in turn and reports progress over all of them', async () => {
		const calls: string[] = [];
		const seen: UploadProgress[] = [];
		await uploadFiles([file('a.csv', 10), file('b.csv', 30)], (f) => `/up?name=${f.name}`, {
			send: fakeSend(201, calls),
			onProgress: (progress) => seen.push(progress)
		});
		expect(calls).toEqual(['/up?name=a.csv', '/up?name=b.csv']);
		expect(seen.map((p) => [p.file, p.loaded, p.total])).toEqual([
			['a.csv', 0, 40],
			['a.csv', 5, 40],
			['a.csv', 10, 40],
			['a.csv', 10, 40],
			['b.csv', 10, 40],
			['b.csv', 25, 40],
			['b.csv', 40, 40],
			['b.csv', 40, 40]
		]);
	});

	it('rejects with the server reason when a file is refused, sending no further file', async () => {
		const calls: string[] = [];
		const upload = uploadFiles([file('a.csv', 10), file('b.csv', 10)], (f) => f.name, {
			send: fakeSend(413, calls)
		});
		await expect(upload).rejects.toEqual(new UploadFailed('too big'));
		expect(calls).toEqual(['a.csv']);
	});

	it('aborts the request in flight and rejects as cancelled when the signal aborts', async () => {
		const controller = new AbortController();
		const never: SendFile = () => {
			let abort = () => {};
			const done = new Promise<never>((_, reject) => {
				abort = () => reject(new UploadCancelled());
			});
			return { done, abort };
		};
		const upload = uploadFiles([file('a.csv', 10)], (f) => f.name, {
			send: never,
			signal: controller.signal
		});
		controller.abort();
		await expect(upload).rejects.toBeInstanceOf(UploadCancelled);
	});

	it('sends nothing when the signal has already aborted', async () => {
		const calls: string[] = [];
		const controller = new AbortController();
		controller.abort();
		await expect(
			uploadFiles([file('a.csv', 10)], (f) => f.name, {
				send: fakeSend(201, calls),
				signal: controller.signal
			})
		).rejects.toBeInstanceOf(UploadCancelled);
		expect(calls).toEqual([]);
	});
});
