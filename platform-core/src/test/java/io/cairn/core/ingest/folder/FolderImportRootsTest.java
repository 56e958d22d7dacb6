package io.cairn.core.ingest.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cairn.core.InvalidRequestException;
import io.cairn.core.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FolderImportRootsTest {

	@TempDir
	Path dir;

	@Test
	void resolvesFoldersAtAndBelowARoot() throws IOException {
		Path root = Files.createDirectories(this.dir.resolve("shared"));
		Path reports = Files.createDirectories(root.resolve("reports/2024"));
		FolderImportRoots roots = new FolderImportRoots(List.of(root));

		assertThat(roots.resolve(root.toString())).isEqualTo(root.toRealPath());
		assertThat(roots.resolve(reports.toString())).isEqualTo(reports.toRealPath());
		assertThat(roots.resolve(root + "/reports/../reports/2024")).isEqualTo(reports.toRealPath());
	}

	@Test
	void refusesFoldersOutsideTheRootsAlsoThroughDotsAndLinks() throws IOException {
		Path root = Files.createDirectories(this.dir.resolve("shared"));
		Path secret = Files.createDirectories(this.dir.resolve("secret"));
		Files.createSymbolicLink(root.resolve("escape"), secret);
		Files.writeString(root.resolve("report.pdf"), "x");
		FolderImportRoots roots = new FolderImportRoots(List.of(root));

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> roots.resolve(secret.toString()))
			.withMessageContaining("outside the folders");
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> roots.resolve(root + "/../secret"));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> roots.resolve(root.resolve("escape").toString()));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> roots.resolve(root.resolve("report.pdf").toString()))
			.withMessageContaining("not a folder");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> roots.resolve(root.resolve("missing").toString()));
	}

	@Test
	void isOffWithoutRoots() {
		FolderImportRoots roots = new FolderImportRoots(List.of());

		assertThat(roots.enabled()).isFalse();
		assertThatExceptionOfType(FolderImportDisabledException.class).isThrownBy(() -> roots.resolve("/tmp"))
			.withMessageContaining("cairn.import.roots");
	}

}
