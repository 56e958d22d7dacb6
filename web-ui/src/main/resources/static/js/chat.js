// Chat: streamed answers with numbered citations that open their source beside the
// conversation; conversations are kept on the server and can be resumed (?conversation=ID).
import { api, collectionPath, pageUrl, stream } from './api.js';
import { el, showError, clearError, formatTime } from './ui.js';
import { assetImages, placeText, renderSource } from './sources.js';

const messages = document.getElementById('messages');
const form = document.getElementById('ask');
const question = document.getElementById('question');
const send = document.getElementById('send');
const panel = document.getElementById('source');
const panelBody = document.getElementById('source-body');
let conversationId = Number(new URLSearchParams(location.search).get('conversation')) || null;
let lastTrigger = null;

function openSource(citation, trigger) {
	lastTrigger = trigger;
	panelBody.replaceChildren(...renderSource(citation));
	panel.hidden = false;
	panel.focus();
}

function closeSource() {
	panel.hidden = true;
	if (lastTrigger) lastTrigger.focus();
}

function citationButton(citation, label) {
	const button = el('button', { type: 'button', class: 'cite', 'data-number': String(citation.number),
		'aria-label': 'Source ' + citation.number + ': ' + (citation.documentTitle || 'document') + ', ' + placeText(citation),
		text: label });
	button.addEventListener('click', () => openSource(citation, button));
	return button;
}

// The answer text with its [n] markers turned into buttons (text nodes only).
function answerNodes(text, citations) {
	const byNumber = new Map(citations.map((c) => [c.number, c]));
	return text.split(/(\[\d+\])/).filter(Boolean).map((part) => {
		const match = /^\[(\d+)\]$/.exec(part);
		const citation = match && byNumber.get(Number(match[1]));
		return citation ? citationButton(citation, String(citation.number)) : document.createTextNode(part);
	});
}

function userMessage(text) {
	return el('li', { class: 'message user' }, el('p', { class: 'who visually-hidden', text: 'You asked:' }), el('p', { text }));
}

function renderAnswer(item, answer) {
	const citations = answer.citations || [];
	const refused = answer.outcome === 'refused';
	item.classList.toggle('refused', refused);
	item.classList.remove('streaming');
	const parts = [el('p', { class: 'who', text: refused ? 'No answer in the sources' : 'Answer' })];
	parts.push(el('p', { class: 'answer-text' }, ...answerNodes(answer.answer || answer.content || '', citations)));
	if (answer.exactAnswer) parts.push(el('p', { class: 'exact' }, 'Exact answer: ', el('strong', { text: answer.exactAnswer
		+ (answer.exactScale ? ' ' + answer.exactScale : '') })));
	if (answer.standaloneQuestion && answer.question && answer.standaloneQuestion !== answer.question) {
		parts.push(el('p', { class: 'muted', text: 'Understood as: ' + answer.standaloneQuestion }));
	}
	if (citations.length) {
		parts.push(el('ol', { class: 'citations', 'aria-label': 'Sources' }, ...citations.map((c) => el('li', {},
			citationButton(c, '[' + c.number + '] ' + (c.documentTitle || 'Document') + ' · ' + placeText(c)),
			...assetImages(c)))));
	}
	item.replaceChildren(...parts);
}

function assistantMessage() {
	const text = el('p', { class: 'answer-text' });
	const item = el('li', { class: 'message assistant streaming', 'aria-busy': 'true' }, el('p', { class: 'who', text: 'Answer' }), text);
	return { item, text };
}

async function ask(text) {
	clearError();
	messages.querySelector('.empty')?.remove();
	messages.append(userMessage(text));
	const { item, text: live } = assistantMessage();
	messages.append(item);
	item.scrollIntoView({ block: 'end' });
	send.disabled = true;
	const body = conversationId ? { question: text, conversationId } : { question: text, startConversation: true };
	let deltas = 0;
	try {
		await stream(collectionPath('/answers'), { method: 'POST', json: body, onEvent: (name, data) => {
			if (name === 'delta') {
				live.textContent += data.text;
				item.dataset.deltas = String(++deltas);
			}
			else if (name === 'done') {
				renderAnswer(item, data);
				if (data.conversationId && data.conversationId !== conversationId) {
					conversationId = data.conversationId;
					history.replaceState(null, '', '?conversation=' + conversationId);
					loadConversations();
				}
			}
			else if (name === 'error') throw new Error((data && data.detail) || 'The answer failed.');
		} });
	}
	catch (e) {
		item.remove();
		showError(e);
	}
	finally {
		item.removeAttribute('aria-busy');
		send.disabled = false;
		question.focus();
	}
}

async function loadConversations() {
	try {
		const list = await api(collectionPath('/conversations'));
		document.getElementById('conversations').replaceChildren(...list.map((c) => el('li', {},
			el('a', { href: pageUrl('/chat?conversation=' + c.id), 'aria-current': c.id === conversationId ? 'page' : null },
				el('span', { text: c.title }), el('small', { class: 'muted', text: formatTime(c.updatedAt) })))));
	}
	catch (e) {
		showError(e);
	}
}

async function resume() {
	if (!conversationId) return;
	try {
		const detail = await api(collectionPath('/conversations/' + conversationId));
		messages.replaceChildren(...detail.messages.map((m) => {
			if (m.role === 'user') return userMessage(m.content);
			const item = el('li', { class: 'message assistant' });
			renderAnswer(item, { answer: m.content, outcome: m.outcome, citations: m.citations });
			return item;
		}));
	}
	catch (e) {
		conversationId = null;
		showError(e);
	}
}

form.addEventListener('submit', (e) => {
	e.preventDefault();
	const text = question.value.trim();
	if (!text || send.disabled) return;
	question.value = '';
	ask(text);
});
question.addEventListener('keydown', (e) => {
	if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
		e.preventDefault();
		form.requestSubmit();
	}
});
document.getElementById('new-chat').addEventListener('click', () => {
	location.href = pageUrl('/chat');
});
document.getElementById('close-source').addEventListener('click', closeSource);
panel.addEventListener('keydown', (e) => {
	if (e.key === 'Escape') closeSource();
});
loadConversations();
resume();
