package be.numedu.shared.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.LockFactory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NativeFSLockFactory;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryCreationContext;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryHolder;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryProvider;
import org.hibernate.search.engine.cfg.spi.ConfigurationProperty;

/**
 * The indexes' directories on the local file system, where Hibernate Search's own would put them
 * ({@code directory.root}/index name), read two ways: searches through memory-mapped files, the fastest way to read
 * an index, and merges through plain file reads. A merge reads whole segments once; memory-mapped, every page it
 * reads would count in numedu's resident memory until the old segments are deleted, and rebuilding the catalogue's
 * index of a million resources merges several hundred megabytes at a time. Read with ordinary reads, those pages
 * stay in the system's file cache, shared and reclaimable, and numedu stays within the memory it is given. (The same
 * split as Elasticsearch's "hybridfs" store, for the same reason.)
 */
public class IndexDirectories implements DirectoryProvider {

	private static final ConfigurationProperty<Path> ROOT = ConfigurationProperty.forKey("root")
		.as(Path.class, Path::of)
		.withDefault(() -> Path.of("."))
		.build();

	@Override
	public DirectoryHolder createDirectoryHolder(DirectoryCreationContext context) {
		Path path = ROOT.get(context.configurationPropertySource()).toAbsolutePath().resolve(context.indexName());
		if (context.shardId().isPresent()) {
			path = path.resolve(context.shardId().get());
		}
		LockFactory locks = context.createConfiguredLockFactorySupplier()
			.orElse(() -> NativeFSLockFactory.INSTANCE)
			.get();
		return new Holder(path, locks);
	}

	private static final class Holder implements DirectoryHolder {

		private final Path path;

		private final LockFactory locks;

		private Directory directory;

		Holder(Path path, LockFactory locks) {
			this.path = path;
			this.locks = locks;
		}

		@Override
		public void start() throws IOException {
			Files.createDirectories(path);
			directory = new MergesReadPlainly(new MMapDirectory(path, locks), new NIOFSDirectory(path, locks));
		}

		@Override
		public Directory get() {
			return directory;
		}

		@Override
		public void close() throws IOException {
			if (directory != null) {
				directory.close();
			}
		}
	}

	/** Everything through the memory-mapped directory, except the files a merge reads. */
	static final class MergesReadPlainly extends FilterDirectory {

		private final Directory plain;

		MergesReadPlainly(Directory mapped, Directory plain) {
			super(mapped);
			this.plain = plain;
		}

		@Override
		public IndexInput openInput(String name, IOContext context) throws IOException {
			if (context.context == IOContext.Context.MERGE) {
				return plain.openInput(name, context);
			}
			return super.openInput(name, context);
		}

		@Override
		public void close() throws IOException {
			try {
				plain.close();
			}
			finally {
				super.close();
			}
		}
	}
}
