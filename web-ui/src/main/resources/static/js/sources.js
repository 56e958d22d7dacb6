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
	const url = region.imageUrl;
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

// A page image with boxes; falls back to a plain note when the page has no image.
export function pageFrame(documentId, page, boxes, { lazy = false, alt, src } = {}) {
	const frame = el('div', { class: 'page-frame', 'data-page': String(page) });
	const img = el('img', { alt: alt || ('Page ' + page), class: 'page-image' });
	frame.append(img, ...boxes.map((b) => boxElement(b.box, b.className || 'box highlight')));
	const load = async () => {
		const url = await imageUrl(src || pageImagePath(documentId, page));
		if (url) img.src = url;
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

function clock(ms) {
	const s = Math.floor(ms / 1000);
	return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}

export function timeText(source) {
	const time = source.location && source.location.time;
	return time ? clock(time.startMs) + '–' + clock(time.endMs) : null;
}

export function pagesText(source) {
	return source.pageStart === source.pageEnd ? 'page ' + source.pageStart : 'pages ' + source.pageStart + '–' + source.pageEnd;
}

// Thumbnails of the images (figures, video frames) a source cites.
export function assetImages(source) {
	const images = [];
	for (const region of regionsOf(source)) {
		if (!region.asset) continue;
		const img = el('img', { class: 'thumb', alt: 'Cited image from ' + (source.documentTitle || 'the document') + ', page ' + region.page });
		const path = region.imageUrl || collectionPath('/documents/' + source.documentId + '/assets/' + encodeURIComponent(region.asset));
		imageUrl(path).then((url) => {
			if (url) img.src = url;
			else img.remove();
		});
		images.push(img);
	}
	return images;
}

export function documentLink(source, page, text) {
	return el('a', { href: pageUrl('/documents/' + source.documentId + '?page=' + page + '&chunk=' + encodeURIComponent(source.chunkId || '')), text });
}

// The side panel's content for a citation.
export function renderSource(source) {
	const regions = regionsOf(source);
	const first = regions.length ? regions[0].page : source.pageStart;
		const parts = [
		el('p', { class: 'source-title' }, el('strong', { text: '[' + source.number + '] ' + (source.documentTitle || 'Document') }),
			' · ' + pagesText(source)),
	];
	if (source.headingPath && source.headingPath.length) parts.push(el('p', { class: 'muted', text: source.headingPath.join(' › ') }));
	const time = timeText(source);
	if (time) parts.push(el('p', { class: 'time', text: 'At ' + time + ' in the recording' }));
	parts.push(el('blockquote', { class: 'quote', text: source.quote || '' }));
	// One figure per image (a page, a scanned page, a frame), its regions drawn on it.
	const images = new Map();
	for (const region of regions.length ? regions : [{ page: source.pageStart, box: null }]) {
		const src = regionImagePath(region, source.documentId);
		if (!images.has(src)) images.set(src, { page: region.page, boxes: [] });
		if (region.box) images.get(src).boxes.push({ box: region.box });
	}
	for (const [src, image] of [...images].slice(0, 3)) {
		parts.push(el('figure', {}, pageFrame(source.documentId, image.page, image.boxes, { src }),
			el('figcaption', { class: 'muted', text: 'Page ' + image.page + (time ? ' · ' + time : '') })));
	}
	parts.push(el('p', {}, documentLink(source, first, 'Open the document at ' + pagesText(source))));
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
