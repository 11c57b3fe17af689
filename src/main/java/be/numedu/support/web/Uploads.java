package be.numedu.support.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import be.numedu.shared.files.FileVault;
import be.numedu.support.domain.Upload;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files sent with a form, read into uploads for the desk (which checks their names, their type by content and their
 * size). A file input left empty is no file; an empty file chosen keeps its name, and is refused by the desk.
 */
final class Uploads {

	private Uploads() {
	}

	static List<Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(file -> file != null).map(file -> {
			try {
				return new Upload(file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).filter(upload -> FileVault.chosen(upload.fileName(), upload.content())).toList();
	}
}
