package io.cairn.encoders.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Session creation on this CPU-only build, with a real bundled model. */
class OnnxSessionFactoryIT {

	private static final byte[] MODEL = readModel();

	private final Logger logger = (Logger) LoggerFactory.getLogger(OnnxSessionFactory.class);

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	@BeforeEach
	void captureLogs() {
		this.logs.start();
		this.logger.addAppender(this.logs);
	}

	@AfterEach
	void releaseLogs() {
		this.logger.detachAppender(this.logs);
	}

	@Test
	void cpuSessionReportsItsDeviceAndQuantization() {
		OnnxSessionFactory factory = new OnnxSessionFactory(OnnxSettings.cpu(1));
		try (OnnxSession session = factory.open("minilm", MODEL)) {
			assertThat(session.device()).isEqualTo(OnnxDevice.CPU);
			assertThat(session.dynamicallyQuantized()).isTrue();
			assertThat(session.inputNames()).containsExactlyInAnyOrder("input_ids", "attention_mask", "token_type_ids");
		}
		assertThat(factory.activeDevice()).isEqualTo(OnnxDevice.CPU);
		assertThat(this.logs.list).isEmpty();
	}

	@Test
	void cudaFallsBackToCpuWithOneWarning() {
		OnnxSessionFactory factory = new OnnxSessionFactory(OnnxSettings.cuda(1));
		assertThat(factory.activeDevice()).as("before any attempt").isEqualTo(OnnxDevice.CUDA);
		try (OnnxSession first = factory.open("minilm", MODEL); OnnxSession second = factory.open("minilm", MODEL)) {
			assertThat(first.device()).isEqualTo(OnnxDevice.CPU);
			assertThat(second.device()).isEqualTo(OnnxDevice.CPU);
		}
		assertThat(factory.activeDevice()).isEqualTo(OnnxDevice.CPU);
		assertThat(this.logs.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).doesNotContain("\n")
				.contains("CUDA execution provider requested")
				.contains("no CUDA execution provider")
				.contains("Falling back to the CPU")
				.contains("com.microsoft.onnxruntime:onnxruntime_gpu instead of com.microsoft.onnxruntime:onnxruntime")
				.contains("CUDA 12");
		});
	}

	@Test
	void strictCudaThrowsInsteadOfFallingBack() {
		OnnxSessionFactory factory = new OnnxSessionFactory(OnnxSettings.cuda(1).withStrict(true));
		assertThatExceptionOfType(CudaUnavailableException.class).isThrownBy(() -> factory.open("minilm", MODEL))
			.withMessageContaining("no CUDA execution provider")
			.withMessageContaining("strict")
			.withMessageContaining("onnxruntime_gpu");
		assertThat(this.logs.list).isEmpty();
	}

	@Test
	void brokenModelFailsWithItsName() {
		OnnxSessionFactory factory = new OnnxSessionFactory(OnnxSettings.cpu(1));
		assertThatExceptionOfType(OnnxInferenceException.class)
			.isThrownBy(() -> factory.open("broken", "not an onnx graph".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("broken");
	}

	/**
	 * ONNX Runtime 1.29 overflows a 1 MiB stack while creating its environment when the
	 * command line is long; a JVM with a 40 KB class path must still start ONNX Runtime
	 * through {@link OnnxEnvironment}.
	 */
	@Test
	void environmentStartsUnderALongCommandLine() throws Exception {
		StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
		for (int i = 0; classPath.length() < 40_000; i++) {
			classPath.append(java.io.File.pathSeparator).append("/nonexistent/padding/entry-").append(i);
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
				classPath.toString(), EnvironmentProbe.class.getName())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("ONNX Runtime 1.29");
	}

	private static byte[] readModel() {
		try (InputStream in = OnnxSessionFactoryIT.class.getClassLoader()
			.getResourceAsStream("all-minilm-l6-v2-q.onnx")) {
			return Objects.requireNonNull(in, "all-minilm-l6-v2-q.onnx").readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
