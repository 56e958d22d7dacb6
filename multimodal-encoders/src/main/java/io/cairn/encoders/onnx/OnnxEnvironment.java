package io.cairn.encoders.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-wide ONNX Runtime environment.
 * <p>
 * Always obtain it here rather than through {@link OrtEnvironment#getEnvironment()}:
 * creating the native environment with ONNX Runtime 1.29 on Linux parses the process
 * command line recursively, and with a long command line (a {@code java -cp} with a long
 * class path) it overflows a default 1 MiB thread stack and kills the JVM with SIGSEGV.
 * This class creates the environment once, on a short-lived thread whose stack is sized
 * from the command-line length; later calls on any thread reuse it.
 */
public final class OnnxEnvironment {

	private static final Logger logger = LoggerFactory.getLogger(OnnxEnvironment.class);

	/**
	 * Stack reserved for every byte of the command line (measured: about 300 bytes are
	 * used).
	 */
	private static final long STACK_BYTES_PER_COMMAND_LINE_BYTE = 1024;

	private static final long MIN_STACK_BYTES = 64L * 1024 * 1024;

	private static final AtomicReference<@Nullable OrtEnvironment> environment = new AtomicReference<>();

	private OnnxEnvironment() {
	}

	/**
	 * The shared environment, created on first use.
	 * @return the environment
	 * @throws OnnxInferenceException if ONNX Runtime cannot be initialised
	 */
	public static OrtEnvironment get() {
		OrtEnvironment existing = environment.get();
		if (existing != null) {
			return existing;
		}
		synchronized (OnnxEnvironment.class) {
			existing = environment.get();
			if (existing == null) {
				existing = create();
				environment.set(existing);
			}
			return existing;
		}
	}

	private static OrtEnvironment create() {
		AtomicReference<@Nullable OrtEnvironment> created = new AtomicReference<>();
		AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
		long stackBytes = MIN_STACK_BYTES + STACK_BYTES_PER_COMMAND_LINE_BYTE * commandLineLength();
		Thread thread = new Thread(null, () -> {
			try {
				OrtEnvironment env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING, "cairn");
				disableTelemetry(env);
				created.set(env);
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
		}, "cairn-onnx-init", stackBytes);
		thread.start();
		boolean interrupted = false;
		while (true) {
			try {
				thread.join();
				break;
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		OrtEnvironment env = created.get();
		if (env == null) {
			Throwable cause = failure.get();
			throw new OnnxInferenceException("Could not initialise ONNX Runtime: " + cause,
					(cause != null) ? cause : new IllegalStateException("no environment"));
		}
		logger.debug("ONNX Runtime {} initialised (init thread stack {} MiB)", env.getVersion(),
				stackBytes / (1024 * 1024));
		return env;
	}

	private static void disableTelemetry(OrtEnvironment env) {
		try {
			env.setTelemetry(false);
		}
		catch (OrtException | RuntimeException ex) {
			logger.debug("Could not switch ONNX Runtime telemetry off: {}", ex.toString());
		}
	}

	private static long commandLineLength() {
		try {
			// procfs reports size 0, so read the bytes
			return Files.readAllBytes(Path.of("/proc/self/cmdline")).length;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
