package be.numedu.shared.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, before anything is loaded: rebuilds the Lucene index of any indexed entity whose document count differs
 * from its row count, as after the index directory was deleted or the database restored from a backup. The index
 * follows the database, never the other way round.
 */
@Component
@Order(5)
class SearchIndexCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexCheck(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		for (SearchIndexedEntity<?> entity : Search.mapping(entityManagerFactory).allIndexedEntities()) {
			EntityManager entityManager = entityManagerFactory.createEntityManager();
			try {
				SearchSession session = Search.session(entityManager);
				long rows = entityManager
					.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
					.getSingleResult();
				long documents = session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
				if (rows != documents) {
					log.info("Index de recherche « {} » : {} document(s) pour {} ligne(s), reconstruction", entity.jpaName(),
							documents, rows);
					session.massIndexer(entity.javaClass()).threadsToLoadObjects(2).startAndWait();
				}
			}
			finally {
				entityManager.close();
			}
		}
	}
}
