// The library: every document with its status and counts; filter, sort, re-ingest, delete.
import { api, collectionPath, pageUrl } from './api.js';
import { el, showError, clearError, confirmAction, formatBytes, formatTime } from './ui.js';
import { kindOf, lengthText } from './sources.js';

const body = document.querySelector('#documents tbody');
const summary = document.getElementById('summary');
const text = document.getElementById('f-text');
const status = document.getElementById('f-status');
const sort = document.getElementById('f-sort');
let documents = [];
// What the last action did, shown above the list until the page is left.
let notice = '';

const ORDER = {
	newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
	title: (a, b) => a.title.localeCompare(b.title),
	size: (a, b) => b.byteSize - a.byteSize,
	pages: (a, b) => b.pages - a.pages,
};

function statusCell(d) {
	const cell = el('td', {}, el('span', { class: 'badge ' + d.status.toLowerCase(), text: d.status.toLowerCase() }));
	if (d.error) cell.append(el('p', { class: 'error-text', text: d.error }));
	for (const note of d.notes || []) cell.append(el('p', { class: 'note', text: note }));
	return cell;
}

function actions(d) {
	return el('td', {}, el('div', { class: 'actions-row' },
		el('a', { href: pageUrl('/documents/' + d.id), text: 'View', 'aria-label': 'View ' + d.title }),
		el('button', { type: 'button', class: 'ghost', text: 'Re-ingest', 'aria-label': 'Re-ingest ' + d.title,
			onclick: () => reingest(d) }),
		kindOf(d.mediaType) === 'Video' ? el('button', { type: 'button', class: 'ghost', text: 'Subtitles…',
			'aria-label': 'Subtitles for ' + d.title, onclick: () => chooseSubtitles(d) }) : null,
		el('button', { type: 'button', class: 'ghost danger-text', text: 'Delete', 'aria-label': 'Delete ' + d.title,
			onclick: () => remove(d) })));
}

function render() {
	const needle = text.value.trim().toLowerCase();
	const shown = documents
		.filter((d) => !status.value || d.status === status.value)
		.filter((d) => !needle || d.title.toLowerCase().includes(needle) || d.fileName.toLowerCase().includes(needle))
		.sort(ORDER[sort.value]);
	body.replaceChildren(...shown.map((d) => el('tr', { 'data-id': String(d.id) },
		el('th', { scope: 'row' }, el('span', { class: 'kind', text: kindOf(d.mediaType) }),
			el('a', { href: pageUrl('/documents/' + d.id), text: d.title }),
			d.title !== d.fileName ? el('div', { class: 'muted', text: d.fileName }) : null),
		statusCell(d),
		el('td', { text: lengthText(d.pages, d.mediaType, true) }), el('td', { text: String(d.chunks) }),
		el('td', { text: formatBytes(d.byteSize) }), el('td', { text: formatTime(d.createdAt) }),
		actions(d))));
	summary.textContent = notice + (documents.length
		? 'Showing ' + shown.length + ' of ' + documents.length + ' documents.'
		: 'No documents yet. Upload some to get started.');
}

async function load() {
	try {
		documents = await api(collectionPath('/documents'));
		render();
		// Documents still being read: look again shortly.
		if (documents.some((d) => d.status === 'QUEUED' || d.status === 'PROCESSING')) setTimeout(load, 2000);
	}
	catch (e) {
		showError(e);
	}
}

async function remove(d) {
	if (!await confirmAction('Delete “' + d.title + '”?', 'The document, its ' + d.chunks
		+ ' passages and its index entries are removed. Answers will no longer cite it. This cannot be undone.', 'Delete')) return;
	clearError();
	try {
		await api(collectionPath('/documents/' + d.id), { method: 'DELETE' });
		documents = documents.filter((x) => x.id !== d.id);
		notice = '“' + d.title + '” was deleted. ';
		render();
	}
	catch (e) {
		showError(e);
	}
}

async function reingest(d) {
	if (!await confirmAction('Re-ingest “' + d.title + '”?', 'The stored file is read again from the start with the '
		+ 'current settings. It gets a new id, so links to the old one stop working.', 'Re-ingest')) return;
	clearError();
	try {
		await api(collectionPath('/documents/' + d.id + '/reingest'), { method: 'POST' });
		await load();
	}
	catch (e) {
		showError(e);
	}
}

// Other subtitles for a video: the .srt/.vtt chosen replaces the ones it has, and the
// video is read again (the server checks the file first and keeps the video if it is refused).
const subtitlesInput = document.getElementById('subtitles-file');
let subtitlesFor = null;

function chooseSubtitles(d) {
	subtitlesFor = d;
	subtitlesInput.value = '';
	subtitlesInput.click();
}

subtitlesInput.addEventListener('change', async () => {
	const file = subtitlesInput.files[0];
	const d = subtitlesFor;
	if (!file || !d) return;
	if (!await confirmAction('Give “' + d.title + '” the subtitles in ' + file.name + '?', 'They replace the subtitles '
		+ 'it has now, and the video is read again. It gets a new id, so links to the old one stop working.',
	'Replace subtitles')) return;
	clearError();
	const form = new FormData();
	form.append('subtitles', file);
	try {
		await api(collectionPath('/documents/' + d.id + '/subtitles'), { method: 'PUT', form });
		notice = '“' + d.title + '” is being read again with ' + file.name + '. ';
		await load();
	}
	catch (e) {
		showError(e);
	}
});

for (const control of [text, status, sort]) control.addEventListener('input', render);
document.getElementById('filters').addEventListener('submit', (e) => e.preventDefault());
load();
