// The collections page: list with counts, create with a language and domain profile.
import { api } from './api.js';
import { el, showError, clearError } from './ui.js';

const list = document.getElementById('collections');

function card(c) {
	const base = '/collections/' + encodeURIComponent(c.name);
	return el('article', { class: 'card' },
		el('h2', {}, el('a', { href: base + '/chat', text: c.name })),
		el('p', { class: 'muted', text: (c.language === 'zh' ? 'Chinese' : 'English') + ' · ' + c.profile + ' profile' }),
		el('dl', { class: 'counts' },
			el('div', {}, el('dt', { text: 'Documents' }), el('dd', { text: String(c.documents) })),
			el('div', {}, el('dt', { text: 'Pages' }), el('dd', { text: String(c.pages) })),
			el('div', {}, el('dt', { text: 'Chunks' }), el('dd', { text: String(c.chunks) }))),
		el('p', { class: 'links' },
			el('a', { href: base + '/chat', text: 'Chat' }), el('a', { href: base + '/search', text: 'Search' }),
			el('a', { href: base + '/library', text: 'Library' }), el('a', { href: base + '/upload', text: 'Upload' })));
}

async function load() {
	try {
		const collections = await api('/api/collections');
		list.replaceChildren(...(collections.length ? collections.map(card)
			: [el('p', { class: 'muted', text: 'No collections yet. Create the first one below.' })]));
	}
	catch (e) {
		list.replaceChildren(el('p', { class: 'muted', text: 'Collections could not be loaded.' }));
		showError(e);
	}
	list.setAttribute('aria-busy', 'false');
}

document.getElementById('create-form').addEventListener('submit', async (event) => {
	event.preventDefault();
	const form = event.target;
	clearError();
	try {
		const created = await api('/api/collections', { method: 'POST', json: {
			name: form.name.value.trim(), language: form.language.value, profile: form.profile.value } });
		location.href = '/collections/' + encodeURIComponent(created.name) + '/upload';
	}
	catch (e) {
		showError(e);
	}
});

load();
