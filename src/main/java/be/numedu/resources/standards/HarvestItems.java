package be.numedu.resources.standards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceStatus;
import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.model.oaipmh.Error;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;

/**
 * The records of one OAI-PMH request, read through {@link HarvestQueries}: XOAI asks for a page, this reads it after
 * the position the request's token carries and leaves the position it reached for the next token.
 */
final class HarvestItems implements ItemRepository {

	/** One record: its header, and its metadata rendered only when XOAI writes it (never for ListIdentifiers). */
	record HarvestItem(String identifier, Instant datestamp, List<String> setSpecs, boolean deleted,
			Supplier<String> xml) implements Item {

		@Override
		public String getIdentifier() {
			return identifier;
		}

		@Override
		public Instant getDatestamp() {
			return datestamp;
		}

		@Override
		public List<Set> getSets() {
			return setSpecs.stream().map(Set::new).toList();
		}

		@Override
		public boolean isDeleted() {
			return deleted;
		}

		@Override
		public Metadata getMetadata() {
			// The record's XML is copied as it is into <metadata>: a new stream on every call.
			return Metadata.copyFromStream(new ByteArrayInputStream(xml.get().getBytes(StandardCharsets.UTF_8)));
		}
	}

	/** XOAI has no exception of its own for a token that points past the end of the list. */
	static final class TokenOutOfRange extends HandlerException {

		TokenOutOfRange(String message) {
			super(message);
		}

		@Override
		public Error.Code getErrorCode() {
			return Error.Code.BAD_RESUMPTION_TOKEN;
		}
	}

	private final HarvestQueries queries;

	private final Function<ExportedResource, String> lom;

	private final Function<ExportedResource, String> dublinCore;

	private final Addresses addresses;

	private final ResumptionTokens.Harvest harvest;

	private final int countLimit;

	HarvestItems(HarvestQueries queries, LomRecords lom, DublinCoreRecords dublinCore, Addresses addresses,
			ResumptionTokens.Harvest harvest, int countLimit) {
		this.queries = queries;
		this.countLimit = countLimit;
		this.lom = lom::write;
		this.dublinCore = dublinCore::write;
		this.addresses = addresses;
		this.harvest = harvest;
	}

	@Override
	public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
		return item(find(identifier), null, Map.of());
	}

	@Override
	public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
		Resource resource = find(identifier);
		return item(resource, format, queries.currentFiles(List.of(resource.getId())));
	}

	@Override
	public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
			int maxResponseLength, ResumptionToken.Value token) throws HandlerException {
		return page(null, maxResponseLength, token);
	}

	@Override
	public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int maxResponseLength,
			ResumptionToken.Value token) throws HandlerException {
		return page(format, maxResponseLength, token);
	}

	/**
	 * A page of the list. The filters XOAI hands over are its context's and formats' conditions, which numedu leaves
	 * open (every record is offered in both formats); the set and dates come from the token value.
	 */
	@SuppressWarnings("unchecked")
	private <T extends ItemIdentifier> ResultsPage<T> page(MetadataFormat format, int size,
			ResumptionToken.Value token) throws HandlerException {
		if (token.getOffset() > 0 && harvest.after == null) {
			harvest.refused = ResumptionTokens.Problem.NO_POSITION;
			throw new TokenOutOfRange("This resumption token holds no position in the list");
		}
		Instant from = token.getFrom();
		if (harvest.sentFrom != null && (from == null || harvest.sentFrom.isAfter(from))) {
			from = harvest.sentFrom;
		}
		HarvestQueries.Criteria criteria = new HarvestQueries.Criteria(token.getSetSpec(), from, token.getUntil());
		long total = harvest.total != null ? harvest.total : counted(criteria);
		List<Resource> rows = queries.page(criteria, harvest.after, size + 1);
		boolean more = rows.size() > size;
		List<Resource> page = more ? rows.subList(0, size) : rows;
		if (page.isEmpty()) {
			if (harvest.after != null) {
				harvest.refused = ResumptionTokens.Problem.NO_POSITION;
				throw new TokenOutOfRange("No record follows the position of this resumption token");
			}
			return new ResultsPage<>(token, false, List.of(), 0);
		}
		// The count of the first page may be overtaken by records published since: never claim fewer than are known.
		// A list too long to count is given XOAI as long as what is known of it; its size is not announced.
		long known = token.getOffset() + page.size() + (more ? 1 : 0);
		long listSize = total < 0 ? known : Math.max(total, known);
		Resource last = page.get(page.size() - 1);
		harvest.reached = new ResumptionTokens.Position(last.getUpdatedAt(), last.getId());
		harvest.reachedTotal = total < 0 ? -1 : listSize;
		Map<Long, List<ResourceContent.FileRef>> files = format == null ? Map.of()
				: queries.currentFiles(page.stream().filter(r -> r.getStatus() == ResourceStatus.PUBLISHED)
					.map(Resource::getId).toList());
		List<T> items = new ArrayList<>();
		for (Resource resource : page) {
			items.add((T) item(resource, format, files));
		}
		return new ResultsPage<>(token, more, items, (int) Math.min(Integer.MAX_VALUE, listSize));
	}

	/** The list's size, or -1 when it holds more than the count limit. */
	private long counted(HarvestQueries.Criteria criteria) {
		long count = queries.count(criteria, countLimit);
		return count > countLimit ? -1 : count;
	}

	private Resource find(String identifier) throws IdDoesNotExistException {
		OptionalLong id = addresses.idOf(identifier);
		if (id.isEmpty()) {
			throw new IdDoesNotExistException("No record has the identifier " + identifier);
		}
		return queries.visible(id.getAsLong())
			.orElseThrow(() -> new IdDoesNotExistException("No record has the identifier " + identifier));
	}

	private HarvestItem item(Resource resource, MetadataFormat format, Map<Long, List<ResourceContent.FileRef>> files) {
		boolean deleted = resource.getStatus() != ResourceStatus.PUBLISHED;
		Supplier<String> xml = () -> {
			ResourceContent content = resource.content(files.getOrDefault(resource.getId(), List.of()));
			ExportedResource exported = ExportedResource.of(resource, content);
			return format != null && "lom".equals(format.getPrefix()) ? lom.apply(exported)
					: dublinCore.apply(exported);
		};
		return new HarvestItem(addresses.oaiIdentifier(resource.getId()), resource.getUpdatedAt(),
				HarvestSets.of(resource), deleted, xml);
	}
}
