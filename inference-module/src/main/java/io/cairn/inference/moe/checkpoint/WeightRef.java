package io.cairn.inference.moe.checkpoint;

/**
 * A matrix the engine needs, as rows of a checkpoint tensor: the whole tensor, or a slice
 * of rows (one expert of a stacked expert tensor, one half of a fused gate/up
 * projection). Matrices are {@code [out, in]} as in PyTorch's {@code nn.Linear}; vectors
 * have one row.
 *
 * @param tensor the checkpoint tensor name
 * @param firstRow the first row of the slice, counting all leading dimensions as rows
 * @param rows the number of rows
 * @param columns the number of columns (the tensor's last dimension)
 */
public record WeightRef(String tensor, long firstRow, int rows, int columns) {

	/** A whole matrix {@code [rows, columns]}. */
	public static WeightRef matrix(String tensor, int rows, int columns) {
		return new WeightRef(tensor, 0, rows, columns);
	}

	/** A whole vector. */
	public static WeightRef vector(String tensor, int length) {
		return new WeightRef(tensor, 0, 1, length);
	}

	/** Number of elements. */
	public long size() {
		return (long) this.rows * this.columns;
	}

}
