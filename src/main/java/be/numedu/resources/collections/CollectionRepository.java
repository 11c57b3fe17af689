package be.numedu.resources.collections;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CollectionRepository extends JpaRepository<ResourceCollection, Long> {

	/** The collection with its row locked until the transaction ends: one change at a time, items included. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ResourceCollection c where c.id = ?1")
	Optional<ResourceCollection> lockById(long id);

	/** The public collections, the platform's selections first, then the most recently changed. */
	@Query(value = "select c from ResourceCollection c where c.isPublic = true"
			+ " order by c.platformSelection desc, c.updatedAt desc, c.id desc",
			countQuery = "select count(c) from ResourceCollection c where c.isPublic = true")
	Page<ResourceCollection> findPublic(Pageable page);

	@Query("select c from ResourceCollection c where c.ownerId = ?1 order by c.updatedAt desc, c.id desc")
	List<ResourceCollection> findOwned(long ownerId);

	long countByOwnerId(long ownerId);

	/** The public collections that hold the resource, the platform's selections first, then the latest changed. */
	@Query("select c from ResourceCollection c where c.isPublic = true and exists (select 1 from CollectionItem i"
			+ " where i.collectionId = c.id and i.resourceId = ?1)"
			+ " order by c.platformSelection desc, c.updatedAt desc, c.id desc")
	List<ResourceCollection> findPublicHolding(long resourceId, Pageable limit);

	/** The ids of the person's collections that hold the resource. */
	@Query("select i.collectionId from CollectionItem i, ResourceCollection c where c.id = i.collectionId"
			+ " and c.ownerId = ?1 and i.resourceId = ?2")
	List<Long> findOwnedHolding(long ownerId, long resourceId);
}
