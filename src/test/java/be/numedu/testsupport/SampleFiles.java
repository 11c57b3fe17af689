package be.numedu.testsupport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/** Real files to upload, and what a download's headers say of them. */
public final class SampleFiles {

	/** A real PNG image, two pixels wide, as a drawing program writes it. */
	public static final byte[] PNG = png();

	private SampleFiles() {
	}

	private static byte[] png() {
		BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 0, 0x2266AA);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The name a download is saved under, as a browser reads it from Content-Disposition. */
	public static String downloadName(MockHttpServletResponse download) {
		return ContentDisposition.parse(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename();
	}
}
