package be.numedu.resources.collections;

import java.util.Collection;
import java.util.List;

import be.numedu.resources.catalogue.ResourceStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CollectionItemRepository extends JpaRepository<CollectionItem, CollectionItem.Key> {

	/** The items in their order (the resource's id breaks any tie, should positions ever repeat). */
	@Query("select i from CollectionItem i where i.collectionId = ?1 order by i.position, i.resourceId")
	List<CollectionItem> findOrdered(long collectionId);

	/** The items in their order, each with its resource: {@code [CollectionItem, Resource]}. */
	@Query("select i, r from CollectionItem i join Resource r on r.id = i.resourceId where i.collectionId = ?1"
			+ " order by i.position, i.resourceId")
	List<Object[]> findOrderedWithResources(long collectionId);

	/** How many items of each collection have a resource in the status: {@code [collectionId, count]}. */
	@Query("select i.collectionId, count(i.resourceId) from CollectionItem i join Resource r on r.id = i.resourceId"
			+ " where i.collectionId in ?1 and r.status = ?2 group by i.collectionId")
	List<Object[]> countByStatus(Collection<Long> collectionIds, ResourceStatus status);

	/** How many items each collection holds: {@code [collectionId, count]}. */
	@Query("select i.collectionId, count(i.resourceId) from CollectionItem i where i.collectionId in ?1"
			+ " group by i.collectionId")
	List<Object[]> countAll(Collection<Long> collectionIds);

	@Modifying
	@Query("delete from CollectionItem i where i.collectionId = ?1")
	int deleteAllOf(long collectionId);
}
