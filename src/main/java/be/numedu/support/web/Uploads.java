package be.numedu.support.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import be.numedu.support.domain.Upload;
import org.springframework.web.multipart.MultipartFile;

/** Files sent with a form, read into uploads for the desk (which checks their type by content and their size). */
final class Uploads {

	private Uploads() {
	}

	static List<Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(file -> file != null && !file.isEmpty()).map(file -> {
			try {
				return new Upload(file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).toList();
	}
}
