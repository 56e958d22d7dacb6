// Calls to Cairn's JSON API with the tab's API key, errors in plain words, and a reader
// for server-sent events (fetch + ReadableStream, so POST and headers work).
const KEY = 'cairn.apiKey';

export const collection = document.body.dataset.collection || '';

export function apiKey() {
	return sessionStorage.getItem(KEY) || '';
}

export function authHeaders(extra = {}) {
	const headers = { ...extra };
	const key = apiKey();
	if (key) headers.Authorization = 'Bearer ' + key;
	return headers;
}

export class ApiError extends Error {
	constructor(status, problem) {
		super(plainMessage(status, problem));
		this.status = status;
		this.problem = problem;
	}
}

// What went wrong and what to do about it, from a problem detail.
export function plainMessage(status, problem) {
	const detail = (problem && (problem.detail || problem.title)) || '';
	const type = (problem && problem.type) || '';
	if (status === 401) return 'This Cairn needs an API key. Choose "API key" at the top of the page and enter yours.';
	if (status === 403) return detail + ' Ask your administrator for a key that reaches this collection.';
	if (type.endsWith('duplicate-document') && detail.includes('/subtitles')) return 'This video is already in the collection. To give it other subtitles, choose “Subtitles…” beside it in the Library.';
	if (type.endsWith('duplicate-document')) return 'This file is already in the collection. Delete the existing copy first if you want to upload it again.';
	if (type.endsWith('document-encrypted')) return 'The file is password-protected. Save a copy without the password and upload that.';
	if (type.endsWith('unsupported-media-type') || type.endsWith('media-type-mismatch')) return detail + ' Convert it to PDF, Word or plain text and try again.';
	if (status === 413) return detail + ' Split the file into smaller parts, or ask the administrator to raise the limit.';
	if (type.endsWith('document-empty')) return 'The file is empty. Check that it saved correctly and upload it again.';
	if (type.endsWith('not-found')) return detail || 'It is no longer there; it may have been deleted.';
	if (status >= 500) return 'The server had a problem (' + (detail || status) + '). Try again in a moment.';
	return detail || ('The request failed (' + status + ').');
}

async function problemOf(response) {
	let problem = null;
	try {
		problem = await response.json();
	}
	catch (e) {
		// not a problem detail
	}
	return new ApiError(response.status, problem);
}

// A JSON call; `form` (FormData) sends a multipart body instead of `json`.
export async function api(path, { method = 'GET', json, form, signal } = {}) {
	const init = { method, headers: authHeaders({ Accept: 'application/json' }), signal };
	if (json !== undefined) {
		init.headers['Content-Type'] = 'application/json';
		init.body = JSON.stringify(json);
	}
	else if (form !== undefined) {
		init.body = form;
	}
	let response;
	try {
		response = await fetch(path, init);
	}
	catch (e) {
		if (e.name === 'AbortError') throw e;
		throw new Error('Cairn could not be reached. Check that the server is running and try again.');
	}
	if (!response.ok) throw await problemOf(response);
	return (response.status === 204) ? null : response.json();
}

// Opens an event stream and calls onEvent(name, data) for each event until it ends.
export async function stream(path, { method = 'GET', json, signal, onEvent }) {
	const init = { method, headers: authHeaders({ Accept: 'text/event-stream' }), signal };
	if (json !== undefined) {
		init.headers['Content-Type'] = 'application/json';
		init.body = JSON.stringify(json);
	}
	const response = await fetch(path, init);
	if (!response.ok) throw await problemOf(response);
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) break;
		buffer += value.replace(/\r\n/g, '\n');
		let end;
		while ((end = buffer.indexOf('\n\n')) >= 0) {
			dispatch(buffer.slice(0, end), onEvent);
			buffer = buffer.slice(end + 2);
		}
	}
	if (buffer.trim()) dispatch(buffer, onEvent);
}

function dispatch(block, onEvent) {
	let name = 'message';
	const data = [];
	for (const line of block.split('\n')) {
		if (line.startsWith('event:')) name = line.slice(6).trim();
		else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
	}
	if (!data.length) return;
	const text = data.join('\n');
	let parsed = text;
	try {
		parsed = JSON.parse(text);
	}
	catch (e) {
		// plain text data
	}
	onEvent(name, parsed);
}

// An image from the API as an object URL (img tags cannot send the key); null if absent.
export async function imageUrl(path) {
	try {
		const response = await fetch(path, { headers: authHeaders() });
		if (!response.ok) return null;
		return URL.createObjectURL(await response.blob());
	}
	catch (e) {
		return null;
	}
}

export function collectionPath(suffix = '') {
	return '/api/collections/' + encodeURIComponent(collection) + suffix;
}

export function pageUrl(suffix) {
	return '/collections/' + encodeURIComponent(collection) + suffix;
}
