package be.numedu.schools.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A file over the upload limit sends the administrator back to the import page with a French message. */
@ControllerAdvice(assignableTypes = ImportController.class)
class UploadLimits {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("uploadError", "import.error.tooLarge");
		return "redirect:/etablissements/import";
	}
}
