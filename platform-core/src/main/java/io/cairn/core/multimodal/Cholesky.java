package io.cairn.core.multimodal;

/** Solves symmetric positive definite systems {@code A X = B} (the normal equations). */
final class Cholesky {

	private Cholesky() {
	}

	/**
	 * @param a symmetric positive definite {@code n x n}; overwritten with its factor
	 * @param b {@code n x m} right-hand sides
	 * @return {@code X}, {@code n x m}
	 */
	static double[][] solve(double[][] a, double[][] b) {
		int n = a.length;
		for (int j = 0; j < n; j++) {
			double d = a[j][j];
			for (int k = 0; k < j; k++) {
				d -= a[j][k] * a[j][k];
			}
			if (!(d > 1e-12)) {
				throw new IllegalArgumentException(
						"the normal equations are singular: add ridge regularisation " + "or more varied pairs");
			}
			double l = Math.sqrt(d);
			a[j][j] = l;
			for (int i = j + 1; i < n; i++) {
				double s = a[i][j];
				for (int k = 0; k < j; k++) {
					s -= a[i][k] * a[j][k];
				}
				a[i][j] = s / l;
			}
		}
		int m = b[0].length;
		double[][] x = new double[n][m];
		double[] z = new double[n];
		for (int c = 0; c < m; c++) {
			for (int i = 0; i < n; i++) { // L z = b
				double s = b[i][c];
				for (int k = 0; k < i; k++) {
					s -= a[i][k] * z[k];
				}
				z[i] = s / a[i][i];
			}
			for (int i = n - 1; i >= 0; i--) { // L^T x = z
				double s = z[i];
				for (int k = i + 1; k < n; k++) {
					s -= a[k][i] * x[k][c];
				}
				x[i][c] = s / a[i][i];
			}
		}
		return x;
	}

}
