package io.cairn.core.multimodal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An affine map {@code y = W x + b} from an image model's space ({@code inputs}
 * dimensions) into the text encoder's space ({@code outputs} dimensions), so that image
 * vectors can be compared with and added to chunk vectors. Fitted by ridge-regularised
 * least squares on paired examples ({@link #fit}); kept in a small binary file
 * ({@link #write}, {@link #read}).
 */
public final class LinearProjection {

	private static final int MAGIC = 0x43505231; // "CPR1"

	/**
	 * Largest dimension a projection file may declare (guards against a corrupt file).
	 */
	private static final int MAX_DIMENSIONS = 16_384;

	private final float[][] weights;

	private final float[] bias;

	/**
	 * @param weights {@code outputs x inputs} matrix
	 * @param bias {@code outputs} offsets
	 */
	public LinearProjection(float[][] weights, float[] bias) {
		if (weights.length == 0 || weights.length != bias.length) {
			throw new IllegalArgumentException(
					"a projection needs one bias per output row, got " + weights.length + " rows and " + bias.length);
		}
		for (float[] row : weights) {
			if (row.length != weights[0].length || row.length == 0) {
				throw new IllegalArgumentException("projection rows must all have the same, non-zero length");
			}
		}
		this.weights = weights;
		this.bias = bias;
	}

	/** The identity, for an image model that already shares the text encoder's space. */
	public static LinearProjection identity(int dimensions) {
		float[][] w = new float[dimensions][dimensions];
		for (int i = 0; i < dimensions; i++) {
			w[i][i] = 1;
		}
		return new LinearProjection(w, new float[dimensions]);
	}

	/**
	 * Fits {@code W, b} minimising {@code sum ||W x_i + b - y_i||^2 + ridge ||W||^2} (the
	 * bias is not penalised): centre both sides, solve the normal equations
	 * {@code (Xc^T Xc + ridge I) W^T = Xc^T Yc} by Cholesky.
	 * @param inputs image-space vectors
	 * @param targets the paired text-space vectors
	 * @param ridge regularisation &gt;= 0; needed when there are fewer pairs than input
	 * dimensions
	 */
	public static LinearProjection fit(List<float[]> inputs, List<float[]> targets, double ridge) {
		if (inputs.isEmpty() || inputs.size() != targets.size()) {
			throw new IllegalArgumentException(
					"fitting needs pairs: got " + inputs.size() + " inputs and " + targets.size() + " targets");
		}
		if (!(ridge >= 0)) {
			throw new IllegalArgumentException("ridge must be >= 0, was " + ridge);
		}
		int n = inputs.size();
		int in = inputs.get(0).length;
		int out = targets.get(0).length;
		double[] xMean = mean(inputs, in);
		double[] yMean = mean(targets, out);
		double[][] gram = new double[in][in];
		double[][] cross = new double[in][out];
		double[] xc = new double[in];
		double[] yc = new double[out];
		for (int s = 0; s < n; s++) {
			float[] x = inputs.get(s);
			float[] y = targets.get(s);
			for (int i = 0; i < in; i++) {
				xc[i] = x[i] - xMean[i];
			}
			for (int k = 0; k < out; k++) {
				yc[k] = y[k] - yMean[k];
			}
			for (int i = 0; i < in; i++) {
				double xi = xc[i];
				if (xi == 0) {
					continue;
				}
				for (int j = i; j < in; j++) {
					gram[i][j] += xi * xc[j];
				}
				for (int k = 0; k < out; k++) {
					cross[i][k] += xi * yc[k];
				}
			}
		}
		for (int i = 0; i < in; i++) {
			gram[i][i] += ridge;
			for (int j = 0; j < i; j++) {
				gram[i][j] = gram[j][i];
			}
		}
		double[][] solution = Cholesky.solve(gram, cross);
		float[][] w = new float[out][in];
		float[] b = new float[out];
		for (int k = 0; k < out; k++) {
			double offset = yMean[k];
			for (int i = 0; i < in; i++) {
				w[k][i] = (float) solution[i][k];
				offset -= solution[i][k] * xMean[i];
			}
			b[k] = (float) offset;
		}
		return new LinearProjection(w, b);
	}

	/** Dimensions of the image space this projection reads. */
	public int inputs() {
		return this.weights[0].length;
	}

	/** Dimensions of the text space it writes. */
	public int outputs() {
		return this.weights.length;
	}

	/** {@code W x + b}, not normalised. */
	public float[] apply(float[] x) {
		if (x.length != inputs()) {
			throw new IllegalArgumentException(
					"the projection reads " + inputs() + "-dimensional vectors, got " + x.length);
		}
		float[] y = new float[outputs()];
		for (int k = 0; k < y.length; k++) {
			double sum = this.bias[k];
			float[] row = this.weights[k];
			for (int i = 0; i < row.length; i++) {
				sum += (double) row[i] * x[i];
			}
			y[k] = (float) sum;
		}
		return y;
	}

	/** Writes the projection: magic, inputs, outputs, weights row by row, bias. */
	public void write(Path file) throws IOException {
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
			out.writeInt(MAGIC);
			out.writeInt(inputs());
			out.writeInt(outputs());
			for (float[] row : this.weights) {
				for (float v : row) {
					out.writeFloat(v);
				}
			}
			for (float v : this.bias) {
				out.writeFloat(v);
			}
		}
	}

	/**
	 * Reads a file written by {@link #write}.
	 * @throws IOException when the file is missing, not a projection, or truncated
	 */
	public static LinearProjection read(Path file) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			if (in.readInt() != MAGIC) {
				throw new IOException(file + " is not a Cairn projection file (bad magic number)");
			}
			int inputs = in.readInt();
			int outputs = in.readInt();
			if (inputs < 1 || outputs < 1 || inputs > MAX_DIMENSIONS || outputs > MAX_DIMENSIONS) {
				throw new IOException(file + " declares an implausible shape " + outputs + "x" + inputs);
			}
			float[][] w = new float[outputs][inputs];
			for (float[] row : w) {
				for (int i = 0; i < inputs; i++) {
					row[i] = in.readFloat();
				}
			}
			float[] b = new float[outputs];
			for (int k = 0; k < outputs; k++) {
				b[k] = in.readFloat();
			}
			if (in.read() != -1) {
				throw new IOException(file + " has bytes after the projection: not a projection file");
			}
			return new LinearProjection(w, b);
		}
		catch (EOFException ex) {
			throw new IOException(file + " is truncated: not a complete projection file", ex);
		}
	}

	private static double[] mean(List<float[]> vectors, int length) {
		double[] mean = new double[length];
		for (float[] v : vectors) {
			if (v.length != length) {
				throw new IllegalArgumentException("all vectors must have " + length + " dimensions, got " + v.length);
			}
			for (int i = 0; i < length; i++) {
				mean[i] += v[i];
			}
		}
		for (int i = 0; i < length; i++) {
			mean[i] /= vectors.size();
		}
		return mean;
	}

}
