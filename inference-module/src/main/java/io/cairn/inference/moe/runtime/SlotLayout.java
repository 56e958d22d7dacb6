package io.cairn.inference.moe.runtime;

import java.util.List;

/**
 * Which slots of the past key/value tensors hold a key of each sequence, and at which
 * position. Packed caches fill slots {@code 0..length-1}; a batch whose present tensors
 * are fed back as the next past keeps padding slots in between, which stay masked.
 *
 * @param valid {@code [sequence][slot]}
 * @param positions absolute position of each valid slot
 */
record SlotLayout(boolean[][] valid, int[][] positions, int slots) {

	/** Caches packed from slot 0, padded to the longest. */
	static SlotLayout packed(List<KvCache> caches, int slots) {
		boolean[][] valid = new boolean[caches.size()][slots];
		int[][] positions = new int[caches.size()][slots];
		for (int b = 0; b < caches.size(); b++) {
			KvCache cache = caches.get(b);
			for (int t = 0; t < cache.length(); t++) {
				valid[b][t] = true;
				positions[b][t] = cache.start() + t;
			}
		}
		return new SlotLayout(valid, positions, slots);
	}

	/**
	 * The layout of the present tensors after a step: these slots, then {@code seq} new
	 * ones, valid up to each sequence's number of new tokens.
	 * @param firstPositions each sequence's next position before the step
	 */
	SlotLayout extended(List<int[]> tokens, int[] firstPositions, int seq) {
		int total = this.slots + seq;
		boolean[][] nextValid = new boolean[this.valid.length][total];
		int[][] nextPositions = new int[this.valid.length][total];
		for (int b = 0; b < this.valid.length; b++) {
			System.arraycopy(this.valid[b], 0, nextValid[b], 0, this.slots);
			System.arraycopy(this.positions[b], 0, nextPositions[b], 0, this.slots);
			for (int j = 0; j < tokens.get(b).length; j++) {
				nextValid[b][this.slots + j] = true;
				nextPositions[b][this.slots + j] = firstPositions[b] + j;
			}
		}
		return new SlotLayout(nextValid, nextPositions, total);
	}

}
