package io.cairn.encoders.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the detector's probability map into text regions (Differentiable Binarization
 * post-processing): threshold, 8-connected components, the minimum-area rectangle of
 * each, a score filter, then the rectangle grown back by {@code area * ratio / perimeter}
 * (the model was trained on shrunk regions) and mapped to source image pixels.
 */
final class DbPostProcessor {

	private static final int MAX_CANDIDATES = 1000;

	private static final double MIN_SIDE = 3;

	private final float binarizeThreshold;

	private final float boxThreshold;

	private final float unclipRatio;

	DbPostProcessor(float binarizeThreshold, float boxThreshold, float unclipRatio) {
		this.binarizeThreshold = binarizeThreshold;
		this.boxThreshold = boxThreshold;
		this.unclipRatio = unclipRatio;
	}

	List<TextQuad> regions(ProbabilityMap map, int imageWidth, int imageHeight) {
		int w = map.width();
		int h = map.height();
		int[] labels = new int[w * h];
		int[] stack = new int[w * h];
		int[] rowMin = new int[h];
		int[] rowMax = new int[h];
		List<TextQuad> out = new ArrayList<>();
		int label = 0;
		for (int start = 0; start < w * h && label < MAX_CANDIDATES; start++) {
			if (labels[start] != 0 || map.values()[start] <= this.binarizeThreshold) {
				continue;
			}
			label++;
			Arrays.fill(rowMin, Integer.MAX_VALUE);
			Arrays.fill(rowMax, -1);
			double sum = 0;
			int count = 0;
			int top = h;
			int bottom = -1;
			int sp = 0;
			stack[sp++] = start;
			labels[start] = label;
			while (sp > 0) {
				int p = stack[--sp];
				int x = p % w;
				int y = p / w;
				sum += map.values()[p];
				count++;
				rowMin[y] = Math.min(rowMin[y], x);
				rowMax[y] = Math.max(rowMax[y], x);
				top = Math.min(top, y);
				bottom = Math.max(bottom, y);
				for (int dy = -1; dy <= 1; dy++) {
					for (int dx = -1; dx <= 1; dx++) {
						int nx = x + dx;
						int ny = y + dy;
						if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
							int q = ny * w + nx;
							if (labels[q] == 0 && map.values()[q] > this.binarizeThreshold) {
								labels[q] = label;
								stack[sp++] = q;
							}
						}
					}
				}
			}
			TextQuad quad = region(map, rowMin, rowMax, top, bottom, (float) (sum / count), imageWidth, imageHeight);
			if (quad != null) {
				out.add(quad);
			}
		}
		return out;
	}

	private TextQuad region(ProbabilityMap map, int[] rowMin, int[] rowMax, int top, int bottom, float score,
			int imageWidth, int imageHeight) {
		if (score < this.boxThreshold) {
			return null;
		}
		int rows = bottom - top + 1;
		double[] xs = new double[4 * rows];
		double[] ys = new double[4 * rows];
		int n = 0;
		for (int y = top; y <= bottom; y++) {
			if (rowMax[y] < 0) {
				continue;
			}
			// pixel corners, so a one-pixel-high line still has an area
			double[] cx = { rowMin[y], rowMax[y] + 1, rowMin[y], rowMax[y] + 1 };
			double[] cy = { y, y, y + 1, y + 1 };
			for (int i = 0; i < 4; i++) {
				xs[n] = cx[i];
				ys[n++] = cy[i];
			}
		}
		MinAreaRect rect = MinAreaRect.of(xs, ys, n);
		if (rect.shortSide() < MIN_SIDE) {
			return null;
		}
		double area = rect.length() * rect.breadth();
		double perimeter = 2 * (rect.length() + rect.breadth());
		MinAreaRect grown = rect.grow(area * this.unclipRatio / perimeter);
		if (grown.shortSide() < MIN_SIDE + 2) {
			return null;
		}
		return toImage(grown.corners(), map, score, imageWidth, imageHeight);
	}

	/** Orders the corners clockwise from top left and maps them to image pixels. */
	private static TextQuad toImage(double[] corners, ProbabilityMap map, float score, int imageWidth,
			int imageHeight) {
		Integer[] byX = { 0, 1, 2, 3 };
		Arrays.sort(byX, (a, b) -> Double.compare(corners[2 * a], corners[2 * b]));
		int topLeft = (corners[2 * byX[0] + 1] <= corners[2 * byX[1] + 1]) ? byX[0] : byX[1];
		int bottomLeft = (topLeft == byX[0]) ? byX[1] : byX[0];
		int topRight = (corners[2 * byX[2] + 1] <= corners[2 * byX[3] + 1]) ? byX[2] : byX[3];
		int bottomRight = (topRight == byX[2]) ? byX[3] : byX[2];
		int[] order = { topLeft, topRight, bottomRight, bottomLeft };
		double[] xs = new double[4];
		double[] ys = new double[4];
		for (int i = 0; i < 4; i++) {
			xs[i] = clamp(corners[2 * order[i]] / map.scaleX(), imageWidth);
			ys[i] = clamp(corners[2 * order[i] + 1] / map.scaleY(), imageHeight);
		}
		return new TextQuad(xs, ys, score);
	}

	private static double clamp(double value, int limit) {
		return Math.max(0, Math.min(limit, value));
	}

}
