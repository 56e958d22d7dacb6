package io.cairn.encoders.ocr;

import java.util.Arrays;

/**
 * The smallest rotated rectangle around a set of points: convex hull (monotone chain),
 * then one candidate per hull edge (rotating calipers).
 *
 * @param cx centre x
 * @param cy centre y
 * @param ux unit vector along the first side, x
 * @param uy unit vector along the first side, y
 * @param length the first side's length
 * @param breadth the second side's length
 */
record MinAreaRect(double cx, double cy, double ux, double uy, double length, double breadth) {

	/**
	 * @param xs point x coordinates
	 * @param ys point y coordinates
	 * @param n how many points are used
	 */
	static MinAreaRect of(double[] xs, double[] ys, int n) {
		double[][] hull = hull(xs, ys, n);
		int h = hull.length;
		MinAreaRect best = null;
		double bestArea = Double.MAX_VALUE;
		for (int i = 0; i < Math.max(1, h); i++) {
			double[] a = hull[i];
			double[] b = hull[(i + 1) % h];
			double dx = b[0] - a[0];
			double dy = b[1] - a[1];
			double len = Math.hypot(dx, dy);
			double ux = (len == 0) ? 1 : dx / len;
			double uy = (len == 0) ? 0 : dy / len;
			double minU = Double.MAX_VALUE;
			double maxU = -Double.MAX_VALUE;
			double minV = Double.MAX_VALUE;
			double maxV = -Double.MAX_VALUE;
			for (double[] p : hull) {
				double u = p[0] * ux + p[1] * uy;
				double v = -p[0] * uy + p[1] * ux;
				minU = Math.min(minU, u);
				maxU = Math.max(maxU, u);
				minV = Math.min(minV, v);
				maxV = Math.max(maxV, v);
			}
			double area = (maxU - minU) * (maxV - minV);
			if (area < bestArea) {
				bestArea = area;
				double cu = (minU + maxU) / 2;
				double cv = (minV + maxV) / 2;
				best = new MinAreaRect(cu * ux - cv * uy, cu * uy + cv * ux, ux, uy, maxU - minU, maxV - minV);
			}
		}
		return best;
	}

	/** The same rectangle grown by {@code distance} on every side. */
	MinAreaRect grow(double distance) {
		return new MinAreaRect(this.cx, this.cy, this.ux, this.uy, this.length + 2 * distance,
				this.breadth + 2 * distance);
	}

	double shortSide() {
		return Math.min(this.length, this.breadth);
	}

	/** Corners as {x0, y0, x1, y1, x2, y2, x3, y3}, going round the rectangle. */
	double[] corners() {
		double hu = this.length / 2;
		double hv = this.breadth / 2;
		double vx = -this.uy;
		double vy = this.ux;
		double[] out = new double[8];
		double[][] signs = { { -1, -1 }, { 1, -1 }, { 1, 1 }, { -1, 1 } };
		for (int i = 0; i < 4; i++) {
			out[2 * i] = this.cx + signs[i][0] * hu * this.ux + signs[i][1] * hv * vx;
			out[2 * i + 1] = this.cy + signs[i][0] * hu * this.uy + signs[i][1] * hv * vy;
		}
		return out;
	}

	private static double[][] hull(double[] xs, double[] ys, int n) {
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> (xs[a] != xs[b]) ? Double.compare(xs[a], xs[b]) : Double.compare(ys[a], ys[b]));
		double[][] out = new double[2 * n][];
		int k = 0;
		for (int pass = 0; pass < 2; pass++) {
			int start = k;
			for (int j = 0; j < n; j++) {
				int i = order[(pass == 0) ? j : n - 1 - j];
				double[] p = { xs[i], ys[i] };
				while (k >= start + 2 && cross(out[k - 2], out[k - 1], p) <= 0) {
					k--;
				}
				out[k++] = p;
			}
			k--; // the last point of each chain starts the other
		}
		return Arrays.copyOf(out, Math.max(1, k));
	}

	private static double cross(double[] o, double[] a, double[] b) {
		return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
	}

}
