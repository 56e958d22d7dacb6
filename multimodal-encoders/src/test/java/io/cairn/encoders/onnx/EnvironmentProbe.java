package io.cairn.encoders.onnx;

/**
 * Child-process entry point of {@code OnnxSessionFactoryIT}: starts ONNX Runtime and
 * prints its version.
 */
public final class EnvironmentProbe {

	private EnvironmentProbe() {
	}

	public static void main(String[] args) {
		System.out.println("ONNX Runtime " + OnnxEnvironment.get().getVersion());
	}

}
