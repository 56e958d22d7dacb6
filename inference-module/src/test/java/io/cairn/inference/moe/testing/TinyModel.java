package io.cairn.inference.moe.testing;

import java.nio.file.Path;
import java.util.Map;

/**
 * A generated checkpoint: its spec, its weights by checkpoint tensor name (exactly the
 * values stored), and where it was written.
 */
public record TinyModel(TinySpec spec, Map<String, double[]> weights, Path directory) {

	public double[] weight(String name) {
		double[] w = this.weights.get(name);
		if (w == null) {
			throw new IllegalArgumentException("no weight " + name);
		}
		return w;
	}

}
