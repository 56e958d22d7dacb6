// Upload: many files at once, each with an upload bar (XHR progress) and then the ingest
// job's live progress from its event stream.
import { api, authHeaders, collectionPath, pageUrl, plainMessage, stream } from './api.js';
import { el, formatBytes, showError, clearError } from './ui.js';
import { isRecording, kindOf, lengthText } from './sources.js';

const list = document.getElementById('uploads');
const input = document.getElementById('files');
const drop = document.getElementById('drop');
const STATES = { QUEUED: 'Waiting for a worker', PARSING: 'Reading pages', CHUNKING: 'Splitting into passages',
	ENCODING: 'Encoding passages', INDEXING: 'Indexing', DONE: 'Ready', FAILED: 'Failed' };

function row(name, size, mediaType) {
	const bar = el('progress', { max: '1', value: '0', 'aria-label': 'Progress of ' + name });
	const status = el('span', { class: 'status', text: 'Waiting to upload' });
	const item = el('li', { class: 'upload' },
		el('div', { class: 'name' }, mediaType ? el('span', { class: 'kind', text: kindOf(mediaType) }) : null,
			el('strong', { text: name }), el('span', { class: 'muted', text: size === null ? '' : formatBytes(size) })),
		bar, status);
	list.append(item);
	return { item, bar, status, set(text, value, state) {
		status.textContent = text;
		if (value !== undefined) bar.value = value;
		if (state) item.dataset.state = state;
	} };
}

function send(file, view, subtitles) {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		xhr.open('POST', collectionPath('/documents'));
		for (const [name, value] of Object.entries(authHeaders({ Accept: 'application/json' }))) xhr.setRequestHeader(name, value);
		xhr.upload.onprogress = (e) => {
			if (e.lengthComputable) view.set('Uploading ' + Math.round(100 * e.loaded / e.total) + '%', e.loaded / e.total, 'uploading');
		};
		xhr.onload = () => {
			let body = null;
			try {
				body = JSON.parse(xhr.responseText);
			}
			catch (e) {
				// no JSON body
			}
			if (xhr.status === 202) resolve(body);
			else reject(new Error(plainMessage(xhr.status, body)));
		};
		xhr.onerror = () => reject(new Error('The upload was interrupted. Check the connection and try again.'));
		const form = new FormData();
		form.append('file', file);
		if (subtitles) form.append('subtitles', subtitles);
		xhr.send(form);
	});
}

function describe(job, mediaType) {
	if (job.state === 'PARSING' && isRecording(mediaType)) return 'Reading the recording' + (job.pagesTotal
		? ' — minute ' + job.pagesDone + ' of ' + job.pagesTotal : '');
	const label = STATES[job.state] || job.state;
	if (job.state === 'PARSING' && job.pagesTotal) return label + ' — page ' + job.pagesDone + ' of ' + job.pagesTotal;
	return label;
}

async function follow(events, documentId, view, mediaType) {
	view.set('Uploaded — waiting for a worker', 0, 'ingesting');
	let last = null;
	await stream(events, { onEvent: (name, job) => {
		if (typeof job !== 'object') {
			view.set(String(job), 1, 'failed');
			return;
		}
		last = job;
		view.set(describe(job, mediaType), job.progress, name === 'failed' ? 'failed' : (name === 'done' ? 'done' : 'ingesting'));
	} });
	const link = el('a', { href: pageUrl('/documents/' + documentId), text: 'Open' });
	if (last && last.state === 'DONE') {
		view.set('Ready — ' + lengthText(last.pagesTotal, mediaType) + '. ', 1, 'done');
		view.status.append(link);
	}
	else if (last && last.state === 'FAILED') {
		view.set('Could not be read: ' + (last.error || 'unknown reason') + '. Check the file opens on your computer, then re-ingest it from the library.', 1, 'failed');
	}
}

async function upload({ file, subtitles }) {
	const view = row(file.name + (subtitles ? ' + ' + subtitles.name : ''), file.size, file.type);
	try {
		const accepted = await send(file, view, subtitles);
		await follow(accepted.events, accepted.document.id, view, accepted.document.mediaType);
	}
	catch (e) {
		view.set(e.message, 1, 'failed');
	}
}

const SUBTITLES = /\.(srt|vtt)$/i;
const VIDEO = /\.(mp4|m4v|webm|mkv|mov|avi)$/i;
const stem = (name) => name.replace(/\.[^.]*$/, '').toLowerCase();

// A talk.srt (else talk.vtt) chosen with talk.mp4 goes up as the video's subtitles, as in
// a folder import; subtitle files without their video go up on their own.
function pairSubtitles(files) {
	const subtitles = new Map();
	for (const file of [...files].filter((f) => SUBTITLES.test(f.name)).sort((a, b) => b.name.localeCompare(a.name))) {
		subtitles.set(stem(file.name), file); // descending: .srt comes after .vtt and wins
	}
	const used = new Set();
	const uploads = [];
	for (const file of files) {
		if (SUBTITLES.test(file.name)) continue;
		const sidecar = VIDEO.test(file.name) ? subtitles.get(stem(file.name)) : undefined;
		if (sidecar) used.add(sidecar);
		uploads.push({ file, subtitles: sidecar });
	}
	for (const file of files) {
		if (SUBTITLES.test(file.name) && !used.has(file)) uploads.push({ file });
	}
	return uploads;
}

async function uploadAll(files) {
	// Three at a time: fast enough, and the server's workers stay in step.
	const queue = pairSubtitles([...files]);
	const workers = Array.from({ length: Math.min(3, queue.length) }, async () => {
		while (queue.length) await upload(queue.shift());
	});
	await Promise.all(workers);
}

input.addEventListener('change', () => {
	uploadAll(input.files);
	input.value = '';
});
for (const name of ['dragenter', 'dragover']) {
	document.addEventListener(name, (e) => {
		e.preventDefault();
		drop.classList.add('over');
	});
}
document.addEventListener('dragleave', (e) => {
	if (!e.relatedTarget) drop.classList.remove('over');
});
document.addEventListener('drop', (e) => {
	e.preventDefault();
	drop.classList.remove('over');
	if (e.dataTransfer.files.length) uploadAll(e.dataTransfer.files);
});

// Folder import, where the operator allows it (cairn.import.roots).
const folder = document.getElementById('folder');

async function importFolder(event) {
	event.preventDefault();
	clearError();
	const button = folder.querySelector('button');
	button.disabled = true;
	try {
		const result = await api(collectionPath('/imports'), { method: 'POST', json: {
			path: document.getElementById('folder-path').value.trim(), recursive: document.getElementById('folder-recursive').checked } });
		if (!result.files.length) showError(new Error('The folder holds no files Cairn could import.'));
		const follows = [];
		for (const file of result.files) {
			const view = row(file.path, null);
			if (file.status === 'ACCEPTED') follows.push(follow('/api/jobs/' + file.jobId + '/events', file.documentId, view)
				.catch((e) => view.set(e.message, 1, 'failed')));
			else if (file.status === 'DUPLICATE') view.set('Already in the collection — skipped.', 1, 'done');
			else view.set('Not imported: ' + (file.message || file.reason || 'unknown reason'), 1, 'failed');
		}
		await Promise.all(follows);
	}
	catch (e) {
		showError(e);
	}
	finally {
		button.disabled = false;
	}
}

async function folderSettings() {
	try {
		const settings = await api(collectionPath('/imports'));
		if (!settings.enabled) return;
		document.getElementById('folder-roots').textContent = 'Allowed folders: ' + settings.roots.join(', ');
		document.getElementById('folder-path').placeholder = settings.roots[0] || '';
		folder.hidden = false;
		folder.addEventListener('submit', importFolder);
	}
	catch (e) {
		// folder import is optional: the upload works without it
	}
}
folderSettings();
