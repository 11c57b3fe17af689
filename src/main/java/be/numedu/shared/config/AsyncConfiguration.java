package be.numedu.shared.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Work done after a request is answered (the modules' event listeners, such as the notifications of support
 * requests) runs on Spring Boot's task executor, so that a slow mail server never slows a page.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
