package io.cairn.encoders.onnx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates {@link OnnxSession}s with the configured device and thread count.
 * <p>
 * When CUDA is requested but unusable (the CPU-only {@code onnxruntime} artifact is on
 * the class path, no GPU, no CUDA 12 libraries), the factory logs one warning that says
 * why and how to get CUDA, and creates this and all later sessions on the CPU; in strict
 * mode it throws {@link CudaUnavailableException} instead. Thread-safe.
 */
public final class OnnxSessionFactory {

	private static final Logger logger = LoggerFactory.getLogger(OnnxSessionFactory.class);

	static final String HOW_TO_GET_CUDA = "To run on the GPU use the artifact "
			+ "com.microsoft.onnxruntime:onnxruntime_gpu instead of com.microsoft.onnxruntime:onnxruntime, "
			+ "on a machine with an NVIDIA GPU, CUDA 12 and cuDNN 9";

	private final OnnxSettings settings;

	private final OrtEnvironment environment;

	/** Why CUDA could not be used, once a CUDA attempt has failed. */
	private volatile @Nullable String cudaFailure;

	public OnnxSessionFactory(OnnxSettings settings) {
		this.settings = settings;
		this.environment = OnnxEnvironment.get();
	}

	/** The settings sessions are created with. */
	public OnnxSettings settings() {
		return this.settings;
	}

	/**
	 * The device sessions of this factory run on: the requested one, or the CPU once a
	 * CUDA attempt has fallen back.
	 */
	public OnnxDevice activeDevice() {
		return (this.settings.device() == OnnxDevice.CUDA && this.cudaFailure == null) ? OnnxDevice.CUDA
				: OnnxDevice.CPU;
	}

	/**
	 * Opens a model held in memory.
	 * @param name a name for logs and errors
	 * @param model the serialized ONNX model
	 * @return the open session; the caller closes it
	 */
	public OnnxSession open(String name, byte[] model) {
		boolean quantized = OnnxGraphs.mentions(model, OnnxGraphs.DYNAMIC_QUANTIZE_LINEAR);
		return open(name, (env, options) -> env.createSession(model, options), quantized);
	}

	/**
	 * Opens a model file; external weight files next to it are found by ONNX Runtime.
	 * @param model the {@code .onnx} file
	 * @return the open session; the caller closes it
	 */
	public OnnxSession open(Path model) {
		boolean quantized;
		try {
			quantized = OnnxGraphs.mentions(model, OnnxGraphs.DYNAMIC_QUANTIZE_LINEAR);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read ONNX model " + model, ex);
		}
		String path = model.toAbsolutePath().toString();
		return open(model.toString(), (env, options) -> env.createSession(path, options), quantized);
	}

	private OnnxSession open(String name, SessionCreator creator, boolean quantized) {
		if (this.settings.device() == OnnxDevice.CUDA && this.cudaFailure == null) {
			OnnxSession cuda = tryCuda(name, creator, quantized);
			if (cuda != null) {
				return cuda;
			}
		}
		OrtSession.SessionOptions options = baseOptions();
		try {
			return new OnnxSession(name, creator.create(this.environment, options), options, OnnxDevice.CPU, quantized);
		}
		catch (OrtException | RuntimeException ex) {
			options.close();
			throw new OnnxInferenceException("Cannot load ONNX model " + name + ": " + ex.getMessage(), ex);
		}
	}

	private @Nullable OnnxSession tryCuda(String name, SessionCreator creator, boolean quantized) {
		Throwable failure = null;
		String reason;
		if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
			reason = "this ONNX Runtime build has no CUDA execution provider "
					+ "(the CPU-only artifact com.microsoft.onnxruntime:onnxruntime is on the class path)";
		}
		else {
			OrtSession.SessionOptions options = baseOptions();
			try {
				options.addCUDA(this.settings.deviceId());
				return new OnnxSession(name, creator.create(this.environment, options), options, OnnxDevice.CUDA,
						quantized);
			}
			catch (OrtException | RuntimeException | LinkageError ex) {
				options.close();
				failure = ex;
				reason = "creating a CUDA session on device " + this.settings.deviceId() + " failed: "
						+ ex.getMessage();
			}
		}
		return fallBack(reason, failure);
	}

	private @Nullable OnnxSession fallBack(String reason, @Nullable Throwable failure) {
		String message = "ONNX Runtime CUDA execution provider requested (cairn.onnx.device=cuda) but unavailable: "
				+ reason + ". ";
		if (this.settings.strict()) {
			throw new CudaUnavailableException(
					message + "Not falling back to the CPU (strict mode). " + HOW_TO_GET_CUDA + ".", failure);
		}
		synchronized (this) {
			if (this.cudaFailure == null) {
				this.cudaFailure = reason;
				logger.warn("{}Falling back to the CPU. {}.", message, HOW_TO_GET_CUDA);
			}
		}
		return null;
	}

	private OrtSession.SessionOptions baseOptions() {
		OrtSession.SessionOptions options = new OrtSession.SessionOptions();
		try {
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
			options.setIntraOpNumThreads(this.settings.intraOpThreads());
			options.setInterOpNumThreads(1);
			return options;
		}
		catch (OrtException ex) {
			options.close();
			throw new OnnxInferenceException("Cannot configure ONNX session options: " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface SessionCreator {

		OrtSession create(OrtEnvironment environment, OrtSession.SessionOptions options) throws OrtException;

	}

}
