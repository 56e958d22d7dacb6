// Hybrid search with highlighted snippets and filters by document and metadata.
import { api, collectionPath, pageUrl } from './api.js';
import { el, showError, clearError } from './ui.js';
import { assetImages, placeText, snippetNodes } from './sources.js';

const results = document.getElementById('results');
const summary = document.getElementById('search-summary');
const docFilter = document.getElementById('doc-filter');
const titles = new Map();

async function loadDocuments() {
	try {
		for (const d of await api(collectionPath('/documents'))) {
			titles.set(d.id, d.title);
			docFilter.append(el('option', { value: String(d.id), text: d.title }));
		}
	}
	catch (e) {
		showError(e);
	}
}

function metadata(text) {
	const pairs = text.split(',').map((p) => p.split('=').map((s) => s.trim())).filter((p) => p.length === 2 && p[0]);
	return pairs.length ? Object.fromEntries(pairs) : undefined;
}

function hit(h) {
	const title = titles.get(h.documentId) || 'Document ' + h.documentId;
	const href = pageUrl('/documents/' + h.documentId + '?page=' + h.pageStart + '&chunk=' + encodeURIComponent(h.chunkId));
	const how = [h.keywordRank ? 'keywords #' + h.keywordRank : null, h.vectorRank ? 'meaning #' + h.vectorRank : null].filter(Boolean).join(', ');
	return el('li', { class: 'result' },
		el('h2', {}, el('a', { href, text: title + ' · ' + placeText(h) })),
		h.headingPath.length ? el('p', { class: 'muted', text: h.headingPath.join(' › ') }) : null,
		el('p', { class: 'snippet' }, ...snippetNodes(h.snippet)),
		...assetImages({ ...h, documentTitle: title }, { max: 1 }),
		el('p', { class: 'muted small', text: 'Score ' + h.score.toFixed(3) + (how ? ' · matched by ' + how : '') }));
}

document.getElementById('search-form').addEventListener('submit', async (e) => {
	e.preventDefault();
	clearError();
	const body = { query: document.getElementById('q').value, mode: document.getElementById('mode').value, topK: 20,
		metadata: metadata(document.getElementById('meta-filter').value) };
	if (docFilter.value) body.documentIds = [Number(docFilter.value)];
	try {
		const response = await api(collectionPath('/search'), { method: 'POST', json: body });
		results.replaceChildren(...response.results.map(hit));
		summary.textContent = response.results.length
			? response.results.length + ' results in ' + Math.round(response.tookMs) + ' ms.'
			: 'Nothing matched. Try other words, or the "Meaning" mode for paraphrases.';
	}
	catch (err) {
		showError(err);
	}
});
loadDocuments();
