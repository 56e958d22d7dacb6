// Upload: many files at once, each with an upload bar (XHR progress) and then the ingest
// job's live progress from its event stream.
import { authHeaders, collectionPath, pageUrl, plainMessage, stream } from './api.js';
import { el, formatBytes } from './ui.js';

const list = document.getElementById('uploads');
const input = document.getElementById('files');
const drop = document.getElementById('drop');
const STATES = { QUEUED: 'Waiting for a worker', PARSING: 'Reading pages', CHUNKING: 'Splitting into passages',
	ENCODING: 'Encoding passages', INDEXING: 'Indexing', DONE: 'Ready', FAILED: 'Failed' };

function row(file) {
	const bar = el('progress', { max: '1', value: '0', 'aria-label': 'Progress of ' + file.name });
	const status = el('span', { class: 'status', text: 'Waiting to upload' });
	const item = el('li', { class: 'upload' },
		el('div', { class: 'name' }, el('strong', { text: file.name }), el('span', { class: 'muted', text: formatBytes(file.size) })),
		bar, status);
	list.append(item);
	return { item, bar, status, set(text, value, state) {
		status.textContent = text;
		if (value !== undefined) bar.value = value;
		if (state) item.dataset.state = state;
	} };
}

function send(file, view) {
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
		xhr.send(form);
	});
}

function describe(job) {
	const label = STATES[job.state] || job.state;
	if (job.state === 'PARSING' && job.pagesTotal) return label + ' — page ' + job.pagesDone + ' of ' + job.pagesTotal;
	return label;
}

async function follow(accepted, view) {
	view.set('Uploaded — waiting for a worker', 0, 'ingesting');
	let last = null;
	await stream(accepted.events, { onEvent: (name, job) => {
		if (typeof job !== 'object') {
			view.set(String(job), 1, 'failed');
			return;
		}
		last = job;
		view.set(describe(job), job.progress, name === 'failed' ? 'failed' : (name === 'done' ? 'done' : 'ingesting'));
	} });
	const link = el('a', { href: pageUrl('/documents/' + accepted.document.id), text: 'Open' });
	if (last && last.state === 'DONE') {
		view.set('Ready — ' + last.pagesTotal + ' pages. ', 1, 'done');
		view.status.append(link);
	}
	else if (last && last.state === 'FAILED') {
		view.set('Could not be read: ' + (last.error || 'unknown reason') + '. Check the file opens on your computer, then re-ingest it from the library.', 1, 'failed');
	}
}

async function upload(file) {
	const view = row(file);
	try {
		const accepted = await send(file, view);
		await follow(accepted, view);
	}
	catch (e) {
		view.set(e.message, 1, 'failed');
	}
}

async function uploadAll(files) {
	// Three at a time: fast enough, and the server's workers stay in step.
	const queue = [...files];
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
