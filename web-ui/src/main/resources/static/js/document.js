// A document's pages with its passages drawn on them. ?page=N opens at a page; &chunk=ID
// highlights that passage; &box=x,y,w,h highlights a region given directly. A recording
// is a list of time-stamped segments with their frames instead; &t=MS picks the segment
// playing at that time when no chunk is given.
import { api, collectionPath } from './api.js';
import { el, showError, formatBytes } from './ui.js';
import { assetImages, clock, isRecording, lengthText, pageFrame, regionsOf, timeText } from './sources.js';

const id = document.body.dataset.document;
const pagesNode = document.getElementById('pages');
const params = new URLSearchParams(location.search);
const targetPage = Number(params.get('page')) || 1;
const targetChunk = params.get('chunk');
const targetBox = parseBox(params.get('box'));
const targetTime = params.has('t') ? Number(params.get('t')) : null;

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
			if (r.page === page && r.box) boxes.push({ box: r.box, className: c.id === targetChunk && !targetBox ? 'box highlight' : 'box chunk' });
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

function isTarget(chunk, chunks) {
	if (targetChunk) return chunk.id === targetChunk;
	if (targetTime === null) return false;
	const playing = chunks.find((c) => c.location.time && c.location.time.startMs <= targetTime && targetTime < c.location.time.endMs);
	return playing === chunk;
}

// One segment of a recording: its time, its frame with the text's regions, its text.
function segmentItem(chunk, doc, target) {
	const source = { ...chunk, documentId: id, documentTitle: doc.title };
	// Speech and subtitles have no picture: their text takes the whole row.
	const frames = assetImages(source, { max: 1, boxClass: target ? 'box highlight' : 'box chunk', lazy: !target });
	const classes = ['segment', target ? 'highlight' : null, frames.length ? null : 'no-frame'].filter(Boolean).join(' ');
	return el('li', { class: classes, 'data-chunk': chunk.id, tabindex: target ? '-1' : null },
		frames.length ? el('div', { class: 'segment-frame' }, ...frames) : null,
		el('div', {}, el('p', { class: 'time', text: timeText(chunk) || ('Page ' + chunk.pageStart) }),
			el('p', { class: 'segment-text', text: chunk.text })));
}

// Scrolls to the target and keeps it there while the images above it load and push it
// down, until the reader scrolls or a few seconds pass.
function keepInView(target, block) {
	target.scrollIntoView({ block });
	let reading = false;
	for (const name of ['wheel', 'touchmove', 'keydown', 'mousedown']) {
		addEventListener(name, () => { reading = true; }, { once: true, passive: true });
	}
	const observer = new ResizeObserver(() => {
		if (!reading) target.scrollIntoView({ block });
	});
	observer.observe(pagesNode);
	setTimeout(() => observer.disconnect(), 5000);
}

function showRecording(doc, chunks) {
	const end = Math.max(0, ...chunks.map((c) => (c.location.time ? c.location.time.endMs : 0)));
	document.getElementById('doc-meta').textContent = [doc.fileName, doc.status.toLowerCase(), end ? clock(end) + ' long' : null,
		chunks.length + (chunks.length === 1 ? ' segment' : ' segments'), formatBytes(doc.byteSize)].filter(Boolean).join(' · ');
	document.getElementById('page-nav').hidden = true;
	document.getElementById('show-chunks').parentElement.lastChild.textContent = ' Show text regions on frames';
	const list = el('ol', { id: 'segments', class: 'segments', 'aria-label': 'Segments of the recording' },
		...chunks.map((c) => segmentItem(c, doc, isTarget(c, chunks))));
	pagesNode.replaceChildren(list);
	const target = list.querySelector('.segment.highlight');
	if (target) {
		keepInView(target, 'center');
		target.focus({ preventScroll: true });
	}
}

function showPages(doc, chunks) {
	document.getElementById('doc-meta').textContent = [doc.fileName, doc.status.toLowerCase(), lengthText(doc.pages, doc.mediaType),
		doc.chunks + (doc.chunks === 1 ? ' passage' : ' passages'), formatBytes(doc.byteSize)].join(' · ');
	const count = Math.max(doc.pages, ...chunks.map((c) => c.pageEnd), 1);
	const jump = document.getElementById('page-jump');
	jump.max = String(count);
	jump.value = String(Math.min(targetPage, count));
	pagesNode.replaceChildren(...Array.from({ length: count }, (_, i) => pageSection(i + 1, chunks)));
	const target = document.getElementById('page-' + Math.min(targetPage, count));
	keepInView(target, 'start');
	const passage = targetChunk && target.querySelector('.passage.highlight');
	if (passage) passage.focus({ preventScroll: true });
}

async function load() {
	try {
		const [doc, chunks] = await Promise.all([api(collectionPath('/documents/' + id)),
			api(collectionPath('/documents/' + id + '/chunks'))]);
		document.getElementById('doc-title').textContent = doc.title;
		document.title = doc.title + ' · Cairn';
		document.getElementById('doc-notes').replaceChildren(...[doc.error, ...(doc.notes || [])].filter(Boolean)
			.map((n) => el('li', { class: 'note', text: n })));
		if (isRecording(doc.mediaType)) showRecording(doc, chunks);
		else showPages(doc, chunks);
		pagesNode.setAttribute('aria-busy', 'false');
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
