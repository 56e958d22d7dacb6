package io.cairn.inference.moe.runtime;

import java.util.Arrays;

/**
 * The keys and values one sequence has computed so far, per layer, token-major
 * ({@code [token][kvHead][headDim]}), together with the absolute position of its first
 * entry. With a sliding window, entries that no later query can see are dropped.
 */
public final class KvCache {

	private final int layers;

	private final int width;

	private float[][] keys;

	private float[][] values;

	private int start;

	private int length;

	/**
	 * Whether the newest keys live only in ONNX Runtime's last outputs (see
	 * ResidentBatch).
	 */
	private boolean stale;

	/**
	 * An empty cache.
	 * @param layers decoder layers
	 * @param width floats per token and layer ({@code kvHeads * headDim})
	 */
	public KvCache(int layers, int width) {
		this.layers = layers;
		this.width = width;
		this.keys = new float[layers][width * 16];
		this.values = new float[layers][width * 16];
	}

	private KvCache(KvCache other) {
		this.layers = other.layers;
		this.width = other.width;
		this.start = other.start;
		this.length = other.length;
		this.keys = new float[this.layers][];
		this.values = new float[this.layers][];
		for (int l = 0; l < this.layers; l++) {
			this.keys[l] = Arrays.copyOf(other.keys[l], Math.max(other.length, 16) * this.width);
			this.values[l] = Arrays.copyOf(other.values[l], Math.max(other.length, 16) * this.width);
		}
	}

	/** An independent copy (a request continuing from a cached prefix). */
	public KvCache copy() {
		if (this.stale) {
			throw new IllegalStateException("the cache is held by a running batch; release it first");
		}
		return new KvCache(this);
	}

	/** Entries held. */
	public int length() {
		return this.length;
	}

	/** Absolute position of the first entry held. */
	public int start() {
		return this.start;
	}

	/** The position the next token will have. */
	public int nextPosition() {
		return this.start + this.length;
	}

	float[] keys(int layer) {
		return this.keys[layer];
	}

	float[] values(int layer) {
		return this.values[layer];
	}

	int width() {
		return this.width;
	}

	void setStale(boolean value) {
		this.stale = value;
	}

	boolean stale() {
		return this.stale;
	}

	/** Sets the entries held after they were written in place. */
	void reset(int newStart, int newLength) {
		this.start = newStart;
		this.length = newLength;
	}

	/** Makes room for {@code count} more tokens. */
	void reserve(int count) {
		ensureCapacity(this.length + count);
	}

	/** Makes room for {@code tokens} tokens in all. */
	void ensureCapacity(int tokens) {
		int needed = tokens * this.width;
		if (needed > this.keys[0].length) {
			int capacity = Math.max(needed, this.keys[0].length * 2);
			for (int l = 0; l < this.layers; l++) {
				this.keys[l] = Arrays.copyOf(this.keys[l], capacity);
				this.values[l] = Arrays.copyOf(this.values[l], capacity);
			}
		}
	}

	/** Records that {@code count} tokens were appended (after writing them in place). */
	void appended(int count) {
		this.length += count;
	}

	/** Drops entries older than the last {@code window} positions. */
	void trimToWindow(int window) {
		int drop = this.length - window;
		if (window <= 0 || drop <= 0) {
			return;
		}
		for (int l = 0; l < this.layers; l++) {
			System.arraycopy(this.keys[l], drop * this.width, this.keys[l], 0, window * this.width);
			System.arraycopy(this.values[l], drop * this.width, this.values[l], 0, window * this.width);
		}
		this.start += drop;
		this.length = window;
	}

}
