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
	summary.textContent = documents.length
		? 'Showing ' + shown.length + ' of ' + documents.length + ' documents.'
		: 'No documents yet. Upload some to get started.';
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
		render();
		summary.textContent = '“' + d.title + '” was deleted. ' + summary.textContent;
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

for (const control of [text, status, sort]) control.addEventListener('input', render);
document.getElementById('filters').addEventListener('submit', (e) => e.preventDefault());
load();
