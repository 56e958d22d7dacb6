// Where a passage came from: the page image with its regions drawn on top, the quote, and
// a link that opens the document at that page. Boxes are fractions of the page (0..1,
// origin top left), so percentages place them at any display size.
import { collectionPath, imageUrl, pageUrl } from './api.js';
import { el } from './ui.js';

const PAGE_WIDTH = 1000;

export function pageImagePath(documentId, page) {
	return collectionPath('/documents/' + documentId + '/pages/' + page + '?width=' + PAGE_WIDTH);
}

// A region's image as the API names it; rendered pages at a width that reads well.
function regionImagePath(region, documentId) {
	const url = region.imageUrl || (region.asset && assetPath(documentId, region.asset));
	if (!url) return pageImagePath(documentId, region.page);
	return (url.includes('/pages/') && !url.includes('?')) ? url + '?width=' + PAGE_WIDTH : url;
}

export function boxElement(box, className) {
	const node = el('div', { class: className, 'aria-hidden': 'true' });
	node.style.left = (100 * box.x) + '%';
	node.style.top = (100 * box.y) + '%';
	node.style.width = (100 * box.width) + '%';
	node.style.height = (100 * box.height) + '%';
	return node;
}

// A page image with boxes; falls back to a plain note when the page has no image (or,
// with quiet, disappears: a thumbnail that cannot load says nothing).
export function pageFrame(documentId, page, boxes, { lazy = false, alt, src, className = 'page-frame', quiet = false } = {}) {
	const frame = el('div', { class: className === 'page-frame' ? className : 'page-frame ' + className, 'data-page': String(page) });
	const img = el('img', { alt: alt || ('Page ' + page), class: 'page-image' });
	frame.append(img, ...boxes.map((b) => boxElement(b.box, b.className || 'box highlight')));
	const load = async () => {
		const url = await imageUrl(src || pageImagePath(documentId, page));
		if (url) img.src = url;
		else if (quiet) (frame.closest('figure') || frame).remove();
		else {
			frame.classList.add('no-image');
			frame.querySelectorAll('.box').forEach((box) => box.remove());
			img.replaceWith(el('p', { class: 'muted', text: 'No image of page ' + page + ' is available; its text is shown below.' }));
		}
	};
	if (lazy && 'IntersectionObserver' in window) {
		const observer = new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				observer.disconnect();
				load();
			}
		}, { rootMargin: '600px' });
		observer.observe(frame);
	}
	else load();
	return frame;
}

export function regionsOf(source) {
	return (source.location && source.location.regions) || [];
}

export function clock(ms) {
	const s = Math.floor(ms / 1000);
	const h = Math.floor(s / 3600);
	const m = Math.floor(s / 60) % 60;
	return (h ? h + ':' + String(m).padStart(2, '0') : String(m)) + ':' + String(s % 60).padStart(2, '0');
}

export function timeText(source) {
	const time = source.location && source.location.time;
	return time ? clock(time.startMs) + '–' + clock(time.endMs) : null;
}

export function pagesText(source) {
	return source.pageStart === source.pageEnd ? 'page ' + source.pageStart : 'pages ' + source.pageStart + '–' + source.pageEnd;
}

// Where a source sits in its document: the stretch of a recording, else its pages.
export function placeText(source) {
	return timeText(source) || pagesText(source);
}

export function isRecording(mediaType) {
	return /^(video|audio)\//.test(mediaType || '');
}

const KINDS = { 'application/pdf': 'PDF', 'text/html': 'Web page', 'text/markdown': 'Markdown', 'text/plain': 'Text',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
	'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'Slides',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Spreadsheet' };

// A short label for a file's kind.
export function kindOf(mediaType) {
	const type = mediaType || '';
	if (KINDS[type]) return KINDS[type];
	const top = type.split('/')[0];
	return { image: 'Image', video: 'Video', audio: 'Audio' }[top] || 'File';
}

// How long a document is: pages, or for a recording (one page per started minute) minutes.
export function lengthText(pages, mediaType, short = false) {
	if (isRecording(mediaType)) return short ? '≤ ' + pages + ' min' : 'up to ' + pages + (pages === 1 ? ' minute' : ' minutes');
	return short ? String(pages) : pages + (pages === 1 ? ' page' : ' pages');
}

export function assetPath(documentId, asset) {
	return collectionPath('/documents/' + documentId + '/assets/' + encodeURIComponent(asset));
}

// An embedded figure (ingest names them fig-PAGE-N): its region's box is where the figure
// sits on the page, not a part of the figure's own image.
function isFigure(region) {
	return /^fig-/.test(region.asset || '');
}

// The images a source was read from (an image file, a scanned page, a video frame, a
// figure), each with the source's regions on it: one entry per image. A figure is shown
// whole, and its box on the page it sits on.
function imagesOf(source) {
	const images = new Map();
	const add = (src, page, asset, box, quiet = false) => {
		if (!images.has(src)) images.set(src, { page, asset, boxes: [], quiet });
		if (box) images.get(src).boxes.push({ box });
	};
	for (const region of regionsOf(source)) {
		if (isFigure(region)) {
			add(regionImagePath(region, source.documentId), region.page, region.asset, null);
			// Only PDFs render pages; elsewhere the figure alone is shown.
			if (region.box) add(pageImagePath(source.documentId, region.page), region.page, null, region.box, true);
		}
		else add(regionImagePath(region, source.documentId), region.page, region.asset, region.box);
	}
	return images;
}

function imageAlt(source, image) {
	const title = source.documentTitle || 'the document';
	const time = source.location && source.location.time;
	return time ? 'Cited video frame at ' + clock(time.startMs) + ' of ' + title : 'Cited image from ' + title + ', page ' + image.page;
}

// Small pictures of the stored images (figures, image files, video frames) a source cites,
// its regions marked on them; rendered PDF pages are left to the source panel.
export function assetImages(source, { max = 2, boxClass, lazy = false } = {}) {
	return [...imagesOf(source)].filter(([, image]) => image.asset).slice(0, max).map(([src, image]) =>
		pageFrame(source.documentId, image.page, image.boxes.map((b) => ({ box: b.box, className: boxClass })),
			{ src, alt: imageAlt(source, image), className: 'thumb-frame', quiet: true, lazy }));
}

// The document at a page with the source's passage marked; a citation's own region there
// (its quote's paragraph) is passed as &box= so that one is the highlight.
export function documentLink(source, page, text) {
	const region = (source.location && source.location.regions || []).find((r) => r.page === page && r.box);
	const box = region ? '&box=' + [region.box.x, region.box.y, region.box.width, region.box.height].map((v) => v.toFixed(4)).join(',') : '';
	return el('a', { href: pageUrl('/documents/' + source.documentId + '?page=' + page + '&chunk=' + encodeURIComponent(source.chunkId || '') + box), text });
}

// The side panel's content for a citation.
export function renderSource(source) {
	const regions = regionsOf(source);
	const first = regions.length ? regions[0].page : source.pageStart;
	const time = timeText(source);
	const parts = [
		el('p', { class: 'source-title' }, el('strong', { text: '[' + source.number + '] ' + (source.documentTitle || 'Document') }),
			' · ' + placeText(source)),
	];
	if (source.headingPath && source.headingPath.length) parts.push(el('p', { class: 'muted', text: source.headingPath.join(' › ') }));
	if (time) parts.push(el('p', { class: 'time', text: 'At ' + time + ' in the recording' }));
	parts.push(el('blockquote', { class: 'quote', text: source.quote || '' }));
	// One figure per image (a page, a scanned page, a frame), its regions drawn on it; a
	// recording without pictures (audio) has none.
	const images = imagesOf(source);
	if (!images.size && !time) images.set(pageImagePath(source.documentId, source.pageStart), { page: source.pageStart, boxes: [] });
	for (const [src, image] of [...images].slice(0, 3)) {
		const frame = pageFrame(source.documentId, image.page, image.boxes, { src, alt: imageAlt(source, image), quiet: image.quiet });
		const caption = time ? 'Frame at ' + time : (image.asset && !image.boxes.length ? 'Figure on page ' : 'Page ') + image.page;
		parts.push(el('figure', {}, frame, el('figcaption', { class: 'muted', text: caption })));
	}
	parts.push(el('p', {}, documentLink(source, first, 'Open the document at ' + placeText(source))));
	return parts;
}

// HTML-escaped snippet with <em> marks -> nodes, without parsing it as HTML.
export function snippetNodes(snippet) {
	const decode = (s) => s.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (m, e) =>
		({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e]);
	return snippet.split(/(<em>.*?<\/em>)/s).filter(Boolean).map((part) => part.startsWith('<em>')
		? el('mark', { text: decode(part.slice(4, -5)) })
		: document.createTextNode(decode(part)));
}
