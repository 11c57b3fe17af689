package be.numedu.resources.standards;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A real HTTP server on the loopback interface (a free port) that hands each request to the test context's MockMvc,
 * filters and security included, and sends back its response: an HTTP client, such as XOAI's harvester, then talks to
 * numedu over HTTP while the suite keeps its one shared context (a {@code RANDOM_PORT} context would be a second
 * application started, with its own database and register load). Only Tomcat's own request parsing is left out.
 * Every exchange is recorded, to count pages and to validate every response.
 */
final class HttpBridge implements AutoCloseable {

	/** One exchange: the request's method, path and query (or form), the response's status, type and body. */
	record Exchange(String method, String target, int status, String contentType, String body) {
	}

	private final HttpServer server;

	final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

	HttpBridge(MockMvc mvc) throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> forward(mvc, exchange));
		server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	private void forward(MockMvc mvc, HttpExchange exchange) throws IOException {
		try (exchange) {
			URI uri = exchange.getRequestURI();
			String query = uri.getRawQuery();
			String path = uri.getRawPath() + (query == null ? "" : "?" + query);
			byte[] requestBody = exchange.getRequestBody().readAllBytes();
			MockHttpServletRequestBuilder request;
			if ("POST".equals(exchange.getRequestMethod())) {
				request = MockMvcRequestBuilders.post(URI.create(path)).content(requestBody);
				String type = exchange.getRequestHeaders().getFirst("Content-Type");
				if (type != null) {
					request.contentType(MediaType.parseMediaType(type));
				}
			}
			else {
				request = MockMvcRequestBuilders.get(URI.create(path));
			}
			MockHttpServletResponse response;
			try {
				response = mvc.perform(request).andReturn().getResponse();
			}
			catch (Exception e) {
				exchange.sendResponseHeaders(500, -1);
				return;
			}
			byte[] body = response.getContentAsByteArray();
			String target = path + (requestBody.length > 0 ? " " + new String(requestBody, StandardCharsets.UTF_8) : "");
			exchanges.add(new Exchange(exchange.getRequestMethod(), target, response.getStatus(),
					response.getContentType(), new String(body, StandardCharsets.UTF_8)));
			if (response.getContentType() != null) {
				exchange.getResponseHeaders().set("Content-Type", response.getContentType());
			}
			exchange.sendResponseHeaders(response.getStatus(), body.length == 0 ? -1 : body.length);
			if (body.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
