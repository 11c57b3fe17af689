package be.numedu.resources.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowerRepository extends JpaRepository<Follower, Follower.Key> {

	@Query("select f.key.personId from Follower f where f.key.resourceId = ?1")
	List<Long> followersOf(long resourceId);
}
