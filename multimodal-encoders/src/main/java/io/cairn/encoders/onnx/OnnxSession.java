package io.cairn.encoders.onnx;

import java.util.Set;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open ONNX Runtime session together with the device it actually runs on. Closing it
 * releases the native session and its options.
 */
public final class OnnxSession implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(OnnxSession.class);

	private final String name;

	private final OrtSession session;

	private final OrtSession.SessionOptions options;

	private final OnnxDevice device;

	private final boolean dynamicallyQuantized;

	OnnxSession(String name, OrtSession session, OrtSession.SessionOptions options, OnnxDevice device,
			boolean dynamicallyQuantized) {
		this.name = name;
		this.session = session;
		this.options = options;
		this.device = device;
		this.dynamicallyQuantized = dynamicallyQuantized;
	}

	/** The name the model was opened under (for logs and errors). */
	public String name() {
		return this.name;
	}

	/** The underlying ONNX Runtime session; do not close it directly. */
	public OrtSession ort() {
		return this.session;
	}

	/**
	 * The device this session runs on (CPU after a fallback, even when CUDA was
	 * requested).
	 */
	public OnnxDevice device() {
		return this.device;
	}

	/**
	 * Whether the graph quantizes activations at run time
	 * ({@code DynamicQuantizeLinear}). Such models compute one quantization scale over a
	 * whole input tensor, so the sequences of a padded batch influence each other's
	 * results.
	 */
	public boolean dynamicallyQuantized() {
		return this.dynamicallyQuantized;
	}

	/** Names of the inputs the model declares. */
	public Set<String> inputNames() {
		return this.session.getInputNames();
	}

	@Override
	public void close() {
		try {
			this.session.close();
		}
		catch (OrtException ex) {
			logger.warn("Closing ONNX session {} failed: {}", this.name, ex.toString());
		}
		finally {
			this.options.close();
		}
	}

	@Override
	public String toString() {
		return "OnnxSession[" + this.name + " on " + this.device + "]";
	}

}
