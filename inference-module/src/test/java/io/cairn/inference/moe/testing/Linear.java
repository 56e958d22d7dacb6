package io.cairn.inference.moe.testing;

/** {@code y = W x} for a row-major {@code [rows, columns]} weight, in float64. */
final class Linear {

	private Linear() {
	}

	static double[] apply(double[] w, double[] x, int rows, int columns) {
		return apply(w, 0, x, rows, columns);
	}

	/** With the matrix starting at element {@code offset} of {@code w}. */
	static double[] apply(double[] w, int offset, double[] x, int rows, int columns) {
		double[] y = new double[rows];
		for (int r = 0; r < rows; r++) {
			double sum = 0;
			int base = offset + r * columns;
			for (int c = 0; c < columns; c++) {
				sum += w[base + c] * x[c];
			}
			y[r] = sum;
		}
		return y;
	}

}
