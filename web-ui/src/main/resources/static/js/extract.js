// Structured extraction: a JSON Schema in, the filled JSON out with every field's
// citations, downloadable.
import { api, collectionPath } from './api.js';
import { el, showError, clearError } from './ui.js';
import { documentLink, placeText } from './sources.js';

const schema = document.getElementById('schema');
const docSelect = document.getElementById('x-doc');
const result = document.getElementById('extract-result');
const run = document.getElementById('run-extract');
let filled = null;

schema.value = JSON.stringify({ type: 'object', properties: {
	title: { type: 'string', description: 'the title of the document' },
	date: { type: 'string', format: 'date', description: 'the date of the document' } } }, null, 2);

async function loadDocuments() {
	try {
		for (const d of await api(collectionPath('/documents'))) docSelect.append(el('option', { value: String(d.id), text: d.title }));
	}
	catch (e) {
		showError(e);
	}
}

document.getElementById('schema-file').addEventListener('change', async (e) => {
	const file = e.target.files[0];
	if (file) schema.value = await file.text();
});

document.getElementById('extract-form').addEventListener('submit', async (e) => {
	e.preventDefault();
	clearError();
	let parsed;
	try {
		parsed = JSON.parse(schema.value);
	}
	catch (err) {
		showError(new Error('The schema is not valid JSON: ' + err.message + '. Fix it and try again.'));
		schema.focus();
		return;
	}
	const body = { schema: parsed };
	const instructions = document.getElementById('x-question').value.trim();
	if (instructions) body.question = instructions;
	if (docSelect.value) body.documentIds = [Number(docSelect.value)];
	run.disabled = true;
	run.textContent = 'Extracting…';
	try {
		filled = await api(collectionPath('/answers'), { method: 'POST', json: body });
		show(filled);
	}
	catch (err) {
		showError(err);
	}
	finally {
		run.disabled = false;
		run.textContent = 'Extract';
	}
});

function show(response) {
	document.getElementById('result-json').textContent = JSON.stringify(response.value, null, 2);
	const fields = Object.entries(response.citations || {});
	document.getElementById('field-citations').replaceChildren(...(fields.length ? fields.map(([pointer, cites]) => el('div',
		{ 'data-field': pointer }, el('dt', {}, el('code', { text: pointer })),
		...cites.map((c) => el('dd', {}, documentLink(c, c.pageStart, '[' + c.number + '] ' + c.documentTitle + ' · ' + placeText(c)),
			el('q', { text: c.quote })))))
		: [el('div', {}, el('dd', { class: 'muted', text: 'No field could be filled from the documents.' }))]));
	result.hidden = false;
	result.scrollIntoView({ block: 'start' });
}

document.getElementById('download').addEventListener('click', () => {
	const blob = new Blob([JSON.stringify(filled, null, 2)], { type: 'application/json' });
	const link = el('a', { href: URL.createObjectURL(blob), download: 'extraction.json' });
	document.body.append(link);
	link.click();
	link.remove();
});
loadDocuments();
