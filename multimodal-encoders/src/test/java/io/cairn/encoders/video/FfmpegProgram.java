package io.cairn.encoders.video;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.Loader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ffmpeg} program that ships in the FFmpeg Maven artifact, for tests that make
 * files the Java API cannot (a container with a subtitle stream).
 * <p>
 * The artifact carries {@code libva.so} but the program asks for {@code libva.so.2}: a
 * folder of links under the sonames on {@code LD_LIBRARY_PATH} lets it start without the
 * system package.
 */
final class FfmpegProgram {

	private static final List<String> SONAMES = List.of("libva.so.2", "libva-drm.so.2");

	private FfmpegProgram() {
	}

	static void run(Path work, String... args) throws IOException, InterruptedException {
		Path program = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
		Path libraries = program.getParent();
		Path links = Files.createDirectories(work.resolve("ffmpeg-libs"));
		for (String soname : SONAMES) {
			Path target = libraries.resolve(soname.substring(0, soname.lastIndexOf('.')));
			Path link = links.resolve(soname);
			if (Files.exists(target) && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
				Files.createSymbolicLink(link, target);
			}
		}
		List<String> command = new ArrayList<>(List.of(program.toString(), "-loglevel", "error", "-y"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("LD_LIBRARY_PATH", links + ":" + libraries);
		Process process = builder.start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(log).isZero();
	}

}
