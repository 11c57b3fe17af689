package be.numedu.shared.search;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.store.MergeInfo;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Index files are memory-mapped for searching, read plainly for merges, and hold the same bytes either way. */
class IndexDirectoriesUnitTests {

	@TempDir
	Path folder;

	@Test
	void mergesReadPlainlyAndEverythingElseIsMapped() throws IOException {
		try (var directory = new IndexDirectories.MergesReadPlainly(new MMapDirectory(folder), new NIOFSDirectory(folder))) {
			try (IndexOutput out = directory.createOutput("segment.bin", IOContext.DEFAULT)) {
				out.writeString("les élèves");
				out.writeLong(42);
			}
			try (IndexInput merged = directory.openInput("segment.bin", new IOContext(new MergeInfo(1, 1, false, 1)));
					IndexInput searched = directory.openInput("segment.bin", IOContext.DEFAULT)) {
				assertThat(merged.getClass().getName()).contains("NIOFS");
				assertThat(searched.getClass().getName()).doesNotContain("NIOFS");
				assertThat(merged.readString()).isEqualTo("les élèves");
				assertThat(merged.readLong()).isEqualTo(42);
				assertThat(searched.readString()).isEqualTo("les élèves");
			}
		}
	}
}
