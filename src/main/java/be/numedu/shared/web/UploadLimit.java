package be.numedu.shared.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The largest request numedu reads, and how a page learns that its form was turned away for it: UploadLimitFilter
 * refuses such a form before anything reads it and sends the browser back to the form's address with a flag
 * ({@code ?trop-volumineux}), which the page's handler receives as a {@link SentBack} argument to say so in French;
 * likewise for a form the container could not read whole within its other limits ({@code ?illisible}).
 */
@Component
public class UploadLimit {

	/** The parameter a page receives when its form was larger than the limit. */
	public static final String TOO_LARGE = "trop-volumineux";

	/**
	 * The parameter a page receives when its form could not be read whole: more parts than
	 * {@code server.tomcat.max-part-count}, or a part's headers (a file's name) longer than
	 * {@code server.tomcat.max-part-header-size}.
	 */
	public static final String UNREADABLE = "illisible";

	private final DataSize maxRequest;

	UploadLimit(@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize maxRequest) {
		this.maxRequest = maxRequest;
	}

	/** The largest request the container reads. */
	public DataSize maxRequest() {
		return maxRequest;
	}

	/**
	 * Why a form came back to its page from UploadLimitFilter: a handler's argument of this type is {@code null} when
	 * it did not. Read from the flag's presence alone, which {@code @RequestParam} does not see when it has no value.
	 */
	public enum SentBack {

		/** The form was larger than {@link UploadLimit#maxRequest()}. */
		TOO_LARGE(UploadLimit.TOO_LARGE),

		/** The form could not be read whole (see {@link UploadLimit#UNREADABLE}). */
		UNREADABLE(UploadLimit.UNREADABLE);

		private final String parameter;

		SentBack(String parameter) {
			this.parameter = parameter;
		}

		/** The flag UploadLimitFilter adds to the form's address. */
		public String parameter() {
			return parameter;
		}

		static SentBack of(HttpServletRequest request) {
			return Arrays.stream(values()).filter(why -> request.getParameterMap().containsKey(why.parameter))
				.findFirst().orElse(null);
		}
	}

	/** Gives handlers their {@link SentBack} argument. */
	static final class SentBackArgument implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == SentBack.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			return SentBack.of(request.getNativeRequest(HttpServletRequest.class));
		}
	}
}
