package io.cairn.inference.moe.checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;

/**
 * A PEFT LoRA adapter ({@code adapter_config.json} and {@code adapter_model.safetensors})
 * merged into the base weights as they are read: {@code W + (alpha / r) * B A}.
 */
final class LoraAdapter implements AutoCloseable {

	private static final String PREFIX = "base_model.model.";

	private final TensorStore tensors;

	private final double scale;

	private final int rank;

	private LoraAdapter(TensorStore tensors, double scale, int rank) {
		this.tensors = tensors;
		this.scale = scale;
		this.rank = rank;
	}

	static LoraAdapter open(Path directory, TensorStore base) {
		Path config = directory.resolve("adapter_config.json");
		if (!Files.isRegularFile(config)) {
			throw new CheckpointException("No adapter_config.json in LoRA adapter directory " + directory);
		}
		JsonNode c = ConfigParser.readJson(config);
		int rank = c.path("r").asInt(0);
		if (rank <= 0) {
			throw new CheckpointException(config + " has no positive r");
		}
		double alpha = c.path("lora_alpha").asDouble(rank);
		double scale = c.path("use_rslora").asBoolean(false) ? alpha / Math.sqrt(rank) : alpha / rank;
		TensorStore tensors = TensorStore.open(directory);
		LoraAdapter adapter = new LoraAdapter(tensors, scale, rank);
		try {
			adapter.validate(base);
		}
		catch (RuntimeException ex) {
			tensors.close();
			throw ex;
		}
		return adapter;
	}

	private void validate(TensorStore base) {
		for (String name : this.tensors.names()) {
			if (!name.endsWith(".lora_A.weight")) {
				continue;
			}
			String target = name.substring(PREFIX.length(), name.length() - ".lora_A.weight".length()) + ".weight";
			long[] shape = base.shape(target);
			long[] a = this.tensors.shape(name);
			long[] b = this.tensors.shape(name.replace(".lora_A.", ".lora_B."));
			if (shape == null) {
				throw new CheckpointException(
						"LoRA adapter targets " + target + ", which the checkpoint does not have");
			}
			if (b == null || a.length != 2 || b.length != 2 || a[0] != this.rank || b[1] != this.rank
					|| a[1] != shape[shape.length - 1] || b[0] != shape[0]) {
				throw new CheckpointException("LoRA adapter matrices for " + target + " do not fit its shape "
						+ java.util.Arrays.toString(shape) + " at rank " + this.rank);
			}
		}
	}

	/** Adds the adapter's delta for {@code ref} to {@code values}, if it targets it. */
	void addDelta(WeightRef ref, float[] values) {
		String stem = PREFIX + ref.tensor().substring(0, ref.tensor().length() - ".weight".length());
		String aName = stem + ".lora_A.weight";
		if (!ref.tensor().endsWith(".weight") || !this.tensors.contains(aName)) {
			return;
		}
		float[] a = this.tensors.read(WeightRef.matrix(aName, this.rank, ref.columns()));
		float[] b = this.tensors.read(new WeightRef(stem + ".lora_B.weight", ref.firstRow(), ref.rows(), this.rank));
		for (int i = 0; i < ref.rows(); i++) {
			for (int j = 0; j < ref.columns(); j++) {
				double sum = 0;
				for (int r = 0; r < this.rank; r++) {
					sum += (double) b[i * this.rank + r] * a[r * ref.columns() + j];
				}
				values[i * ref.columns() + j] += (float) (this.scale * sum);
			}
		}
	}

	@Override
	public void close() {
		this.tensors.close();
	}

}
