// Small DOM helpers shared by the pages. Text always goes in through textContent.
import { apiKey, ApiError } from './api.js';

export function el(tag, attrs = {}, ...children) {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) {
		if (value === null || value === undefined || value === false) continue;
		if (name === 'text') node.textContent = value;
		else if (name === 'class') node.className = value;
		else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
		else node.setAttribute(name, value === true ? '' : value);
	}
	for (const child of children) {
		if (child === null || child === undefined) continue;
		node.append(child instanceof Node ? child : document.createTextNode(String(child)));
	}
	return node;
}

export function showError(error) {
	const alert = document.getElementById('alert');
	alert.replaceChildren(el('span', { text: error.message || String(error) }));
	if (error instanceof ApiError && error.status === 401) {
		alert.append(' ', el('button', { type: 'button', class: 'ghost', text: 'Enter API key', onclick: openKeyDialog }));
	}
	alert.append(' ', el('button', { type: 'button', class: 'ghost', 'aria-label': 'Dismiss', text: '✕',
		onclick: () => { alert.hidden = true; } }));
	alert.hidden = false;
}

export function clearError() {
	document.getElementById('alert').hidden = true;
}

export function openKeyDialog() {
	const dialog = document.getElementById('key-dialog');
	document.getElementById('key-input').value = apiKey();
	dialog.showModal();
}

// Resolves true when the user confirms.
export function confirmAction(title, text, okLabel) {
	const dialog = document.getElementById('confirm-dialog');
	document.getElementById('confirm-title').textContent = title;
	document.getElementById('confirm-text').textContent = text;
	document.getElementById('confirm-ok').textContent = okLabel;
	dialog.returnValue = '';
	dialog.showModal();
	return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true }));
}

export function formatBytes(bytes) {
	if (bytes < 1024) return bytes + ' B';
	const units = ['KB', 'MB', 'GB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return value.toFixed(value < 10 ? 1 : 0) + ' ' + units[unit];
}

export function formatTime(iso) {
	return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

// Every page: the key dialog.
document.getElementById('key-button').addEventListener('click', openKeyDialog);
document.getElementById('key-dialog').addEventListener('close', (event) => {
	const dialog = event.target;
	if (dialog.returnValue === 'save') {
		const key = document.getElementById('key-input').value.trim();
		if (key) sessionStorage.setItem('cairn.apiKey', key);
		else sessionStorage.removeItem('cairn.apiKey');
		location.reload();
	}
});
