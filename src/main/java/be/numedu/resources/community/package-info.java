/**
 * Comments and experience reports under the published resources, with reports of abuse and their moderation
 * ({@link be.numedu.resources.community.Community}); the comments' section of each resource's page, the actions on
 * comments and the moderators' queue of reports. People's texts are Markdown, always shown through
 * {@link be.numedu.resources.web.Markdown}.
 */
package be.numedu.resources.community;
