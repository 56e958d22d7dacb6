package io.cairn.api.config;

import java.util.Locale;

import io.cairn.encoders.onnx.OnnxDevice;
import io.cairn.encoders.onnx.OnnxSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ONNX Runtime device.
 *
 * @param device {@code cpu} or {@code cuda}; CUDA needs the {@code onnxruntime_gpu}
 * artifact and a CUDA 12 GPU, otherwise Cairn falls back to the CPU and says so
 * @param strict fail at startup instead of falling back when CUDA is unavailable
 */
@ConfigurationProperties("cairn.onnx")
public record OnnxProperties(@DefaultValue("cpu") String device, @DefaultValue("false") boolean strict) {

	/** Session settings for this device with the given intra-op thread count. */
	public OnnxSettings settings(int threads) {
		OnnxDevice onnxDevice = switch (this.device.strip().toLowerCase(Locale.ROOT)) {
			case "cpu" -> OnnxDevice.CPU;
			case "cuda", "gpu" -> OnnxDevice.CUDA;
			default -> throw new IllegalArgumentException(
					"cairn.onnx.device must be 'cpu' or 'cuda', was '" + this.device + "'");
		};
		return new OnnxSettings(onnxDevice, 0, threads, this.strict);
	}

}
