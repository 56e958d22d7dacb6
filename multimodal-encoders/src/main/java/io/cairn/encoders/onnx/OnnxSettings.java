package io.cairn.encoders.onnx;

/**
 * How ONNX Runtime sessions are created.
 *
 * @param device the requested execution device
 * @param deviceId the CUDA device ordinal, used when {@code device} is
 * {@link OnnxDevice#CUDA}
 * @param intraOpThreads threads ONNX Runtime uses inside one operator (per session)
 * @param strict when CUDA is requested but unavailable: {@code true} fails with
 * {@link CudaUnavailableException}, {@code false} falls back to the CPU and logs one
 * warning
 */
public record OnnxSettings(OnnxDevice device, int deviceId, int intraOpThreads, boolean strict) {

	public OnnxSettings {
		if (deviceId < 0) {
			throw new IllegalArgumentException("deviceId must be >= 0, was " + deviceId);
		}
		if (intraOpThreads < 1) {
			throw new IllegalArgumentException("intraOpThreads must be >= 1, was " + intraOpThreads);
		}
	}

	/** CPU execution with one intra-op thread per available processor. */
	public static OnnxSettings defaults() {
		return cpu(Runtime.getRuntime().availableProcessors());
	}

	/** CPU execution with the given number of intra-op threads. */
	public static OnnxSettings cpu(int intraOpThreads) {
		return new OnnxSettings(OnnxDevice.CPU, 0, intraOpThreads, false);
	}

	/** CUDA execution on device 0 with fallback to the CPU when CUDA is unavailable. */
	public static OnnxSettings cuda(int intraOpThreads) {
		return new OnnxSettings(OnnxDevice.CUDA, 0, intraOpThreads, false);
	}

	/** A copy with another device. */
	public OnnxSettings withDevice(OnnxDevice newDevice) {
		return new OnnxSettings(newDevice, this.deviceId, this.intraOpThreads, this.strict);
	}

	/** A copy with another strictness. */
	public OnnxSettings withStrict(boolean newStrict) {
		return new OnnxSettings(this.device, this.deviceId, this.intraOpThreads, newStrict);
	}

}
