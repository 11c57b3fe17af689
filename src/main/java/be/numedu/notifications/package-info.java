/**
 * Notifications: what people are told of the changes that concern them, in the application (the list at
 * {@code /notifications}, the badge in every page's header, marking read) and by e-mail through the SMTP server the
 * deployment names. Modules decide who is told of what and hand their notices to {@link be.numedu.notifications.Inbox};
 * this module keeps them, sends them and shows each person only their own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package be.numedu.notifications;
