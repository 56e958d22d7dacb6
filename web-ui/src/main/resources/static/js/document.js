// A document's pages with its passages drawn on them. ?page=N opens at a page; &chunk=ID
// highlights that passage; &box=x,y,w,h highlights a region given directly.
import { api, collectionPath } from './api.js';
import { el, showError, formatBytes } from './ui.js';
import { pageFrame, regionsOf } from './sources.js';

const id = document.body.dataset.document;
const pagesNode = document.getElementById('pages');
const params = new URLSearchParams(location.search);
const targetPage = Number(params.get('page')) || 1;
const targetChunk = params.get('chunk');
const targetBox = parseBox(params.get('box'));

function parseBox(text) {
	if (!text) return null;
	const [x, y, width, height] = text.split(',').map(Number);
	return [x, y, width, height].every((v) => v >= 0 && v <= 1) ? { x, y, width, height } : null;
}

function pageSection(page, chunks) {
	const here = chunks.filter((c) => c.pageStart <= page && page <= c.pageEnd);
	const boxes = [];
	for (const c of here) {
		for (const r of regionsOf(c)) {
			if (r.page === page && r.box) boxes.push({ box: r.box, className: c.id === targetChunk ? 'box highlight' : 'box chunk' });
		}
	}
	if (targetBox && page === targetPage) boxes.push({ box: targetBox, className: 'box highlight' });
	const passages = el('ol', { class: 'passages' }, ...here.map((c) => el('li', {
		class: c.id === targetChunk ? 'passage highlight' : 'passage', 'data-chunk': c.id, tabindex: c.id === targetChunk ? '-1' : null },
		c.headingPath.length ? el('p', { class: 'muted', text: c.headingPath.join(' › ') }) : null,
		el('p', { text: c.text }))));
	return el('section', { class: 'page', id: 'page-' + page, 'aria-labelledby': 'page-title-' + page },
		el('h2', { id: 'page-title-' + page, text: 'Page ' + page }),
		el('div', { class: 'page-body' }, pageFrame(id, page, boxes, { lazy: page !== targetPage }), passages));
}

async function load() {
	try {
		const [doc, chunks] = await Promise.all([api(collectionPath('/documents/' + id)),
			api(collectionPath('/documents/' + id + '/chunks'))]);
		document.getElementById('doc-title').textContent = doc.title;
		document.title = doc.title + ' · Cairn';
		document.getElementById('doc-meta').textContent = [doc.fileName, doc.status.toLowerCase(), doc.pages + ' pages',
			doc.chunks + ' passages', formatBytes(doc.byteSize)].join(' · ');
		document.getElementById('doc-notes').replaceChildren(...[doc.error, ...(doc.notes || [])].filter(Boolean)
			.map((n) => el('li', { class: 'note', text: n })));
		const count = Math.max(doc.pages, ...chunks.map((c) => c.pageEnd), 1);
		const jump = document.getElementById('page-jump');
		jump.max = String(count);
		jump.value = String(Math.min(targetPage, count));
		pagesNode.replaceChildren(...Array.from({ length: count }, (_, i) => pageSection(i + 1, chunks)));
		pagesNode.setAttribute('aria-busy', 'false');
		const target = document.getElementById('page-' + Math.min(targetPage, count));
		target.scrollIntoView({ block: 'start' });
		const passage = targetChunk && target.querySelector('.passage.highlight');
		if (passage) passage.focus({ preventScroll: true });
	}
	catch (e) {
		showError(e);
	}
}

document.getElementById('page-jump').addEventListener('change', (e) => {
	const section = document.getElementById('page-' + e.target.value);
	if (section) section.scrollIntoView({ block: 'start', behavior: 'smooth' });
});
document.getElementById('show-chunks').addEventListener('change', (e) => pagesNode.classList.toggle('hide-chunks', !e.target.checked));
load();
