package be.numedu.resources.standards;

import java.time.Instant;

import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;

/**
 * What an exported record says of a resource: its content with its current files, and the dates and version the
 * catalogue keeps.
 *
 * @param id the resource's id
 * @param content its current content, with its current files
 * @param contentVersion its version number
 * @param publishedAt when it was first published, if it was
 * @param updatedAt when it last changed: the datestamp harvesters see
 */
record ExportedResource(long id, ResourceContent content, int contentVersion, Instant publishedAt, Instant updatedAt) {

	static ExportedResource of(Resource resource, ResourceContent content) {
		return new ExportedResource(resource.getId(), content, resource.getContentVersion(), resource.getPublishedAt(),
				resource.getUpdatedAt());
	}
}
