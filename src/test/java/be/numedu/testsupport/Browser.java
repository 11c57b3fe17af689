package be.numedu.testsupport;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import be.numedu.testsupport.Personas.Persona;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Debian's chromium driven by Playwright, pointed at the test application. One per test class (launched on first use,
 * closed after the class); each {@link Session} is its own browser context (cookies, storage), closed after the test.
 * Every page of every session is watched: a JavaScript dialog (alert, confirm), an uncaught script error or a
 * Content-Security-Policy violation fails the test, whatever the test itself asserts.
 */
public final class Browser implements AutoCloseable {

	/** Browser downloads are impossible here: numedu's tests use the chromium that Debian installs. */
	static final String CHROMIUM = "/usr/bin/chromium";

	static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--no-first-run");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private final String baseUrl;

	private final Personas personas;

	/** The cookies of a persona signed in once through the login page, reused by later sessions of the class. */
	private final Map<Persona, String> signIns = new EnumMap<>(Persona.class);

	private final List<Session> sessions = new ArrayList<>();

	Browser(String baseUrl, Personas personas) {
		this.baseUrl = baseUrl;
		this.personas = personas;
		this.playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM))
				.setHeadless(true)
				.setArgs(ARGUMENTS));
	}

	/** The application's address, without a trailing slash. */
	public String baseUrl() {
		return baseUrl;
	}

	/** A new visitor: a fresh browser context, nobody signed in, French browser, desktop window. */
	public Session visitor() {
		return visitor(options -> {
		});
	}

	/** A new visitor with more context options (JavaScript off, a phone's window…). */
	public Session visitor(Consumer<com.microsoft.playwright.Browser.NewContextOptions> more) {
		com.microsoft.playwright.Browser.NewContextOptions options = defaults();
		more.accept(options);
		return open(options, null);
	}

	/**
	 * A new browser context signed in as the persona: the first time in this test class through the real login page,
	 * afterwards with the same session cookie (the sign-in itself is covered once; the tests stay fast).
	 */
	public Session as(Persona persona) {
		String state = signIns.get(persona);
		if (state == null) {
			Session session = visitor().signIn(persona);
			signIns.put(persona, session.context().storageState());
			return session;
		}
		return open(defaults().setStorageState(state), persona);
	}

	/** A new browser context signed in as the persona through the login page, with a session of its own. */
	public Session signedInFresh(Persona persona) {
		return visitor().signIn(persona);
	}

	private com.microsoft.playwright.Browser.NewContextOptions defaults() {
		return new com.microsoft.playwright.Browser.NewContextOptions().setLocale("fr-BE")
			.setTimezoneId("Europe/Brussels")
			.setViewportSize(1280, 800);
	}

	private Session open(com.microsoft.playwright.Browser.NewContextOptions options, Persona persona) {
		Session session = new Session(this, chromium.newContext(options), persona);
		sessions.add(session);
		return session;
	}

	/** Closes the test's sessions; fails if a page showed a dialog, threw, or broke the Content-Security-Policy. */
	void endTest() {
		List<String> problems = new ArrayList<>();
		for (Session session : sessions) {
			problems.addAll(session.problems);
			try {
				session.context.close();
			}
			catch (RuntimeException alreadyClosed) {
				// closed by the test itself
			}
		}
		sessions.clear();
		if (!problems.isEmpty()) {
			throw new AssertionError("The browser saw what no numedu page may cause:\n  " + String.join("\n  ", problems));
		}
	}

	@Override
	public void close() {
		try {
			chromium.close();
		}
		finally {
			playwright.close();
		}
	}

	/** One person's browser: a browser context with its page. */
	public static final class Session {

		private final Browser browser;

		private final BrowserContext context;

		private final Page page;

		private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

		private final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());

		private final Set<Page> watched = Collections.newSetFromMap(new java.util.IdentityHashMap<>());

		private Persona persona;

		Session(Browser browser, BrowserContext context, Persona persona) {
			this.browser = browser;
			this.context = context;
			this.persona = persona;
			context.setDefaultTimeout(10_000);
			context.setDefaultNavigationTimeout(30_000);
			context.onPage(this::watch);
			this.page = context.newPage();
			watch(page);
		}

		private synchronized void watch(Page watchedPage) {
			if (!watched.add(watchedPage)) {
				return;
			}
			watchedPage.onDialog(dialog -> {
				String text = dialog.type() + " dialog \"" + dialog.message() + "\" on " + watchedPage.url();
				dialogs.add(text);
				problems.add(text);
				dialog.dismiss();
			});
			watchedPage.onPageError(error -> problems.add("script error on " + watchedPage.url() + ": " + error));
			watchedPage.onConsoleMessage(message -> {
				if (message.text().contains("Content Security Policy")) {
					problems.add("CSP violation on " + watchedPage.url() + ": " + message.text());
				}
			});
		}

		public Page page() {
			return page;
		}

		public BrowserContext context() {
			return context;
		}

		/** Who is signed in, if anybody. */
		public Persona persona() {
			return persona;
		}

		/** The JavaScript dialogs this session's pages opened (each also fails the test). */
		public List<String> dialogs() {
			return List.copyOf(dialogs);
		}

		/** The absolute address of a path of the application. */
		public String url(String path) {
			return browser.baseUrl + path;
		}

		/** Loads a page of the application and returns the main response. */
		public Response open(String path) {
			return page.navigate(url(path));
		}

		/**
		 * Signs in through the real login page, by keyboard: the address and the password are typed, Enter submits.
		 * The persona's account is created first if needed.
		 */
		public Session signIn(Persona who) {
			browser.personas.user(who);
			open("/connexion");
			page.getByLabel("Adresse électronique").fill(who.email);
			page.getByLabel("Mot de passe").fill(Personas.PASSWORD);
			page.getByLabel("Mot de passe").press("Enter");
			page.waitForURL(url -> url.endsWith("/compte"));
			this.persona = who;
			return this;
		}

		/** Whether the element has the keyboard focus. */
		public boolean hasFocus(Locator element) {
			return (Boolean) element.evaluate("e => e === document.activeElement");
		}

		/** Presses Tab until the element has the focus; fails after {@code max} presses. */
		public void tabTo(Locator element, int max) {
			for (int i = 0; i < max; i++) {
				if (element.count() == 1 && hasFocus(element)) {
					return;
				}
				page.keyboard().press("Tab");
			}
			if (!(element.count() == 1 && hasFocus(element))) {
				throw new AssertionError("Tab pressed " + max + " times without reaching " + element + "; focus is on "
						+ page.evaluate("() => document.activeElement && document.activeElement.outerHTML.slice(0, 200)"));
			}
		}
	}

	/** Gives test methods their class's {@link Browser}, and closes each test's sessions after it. */
	public static final class Extension implements ParameterResolver, AfterEachCallback {

		private static final Namespace NAMESPACE = Namespace.create(Browser.class);

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == Browser.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return classContext(context).getStore(NAMESPACE)
				.computeIfAbsent("browser", key -> launch(context), Browser.class);
		}

		@Override
		public void afterEach(ExtensionContext context) {
			Browser browser = classContext(context).getStore(NAMESPACE).get("browser", Browser.class);
			if (browser != null) {
				browser.endTest();
			}
		}

		private static Browser launch(ExtensionContext context) {
			ApplicationContext application = SpringExtension.getApplicationContext(context);
			String port = application.getEnvironment().getRequiredProperty("local.server.port");
			return new Browser("http://localhost:" + port, application.getBean(Personas.class));
		}

		private static ExtensionContext classContext(ExtensionContext context) {
			ExtensionContext current = context;
			while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
				current = current.getParent().get();
			}
			return current;
		}
	}
}
