package vn.thidua.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCode(String code);

    List<Unit> findByCodeIn(Collection<String> codes);

    @Query("select u from Unit u order by u.name, u.id")
    List<Unit> findAllOrdered();

    boolean existsByParentIdAndActiveTrue(Long parentId);

    List<Unit> findByHeadIndividualId(Long individualId);

    /**
     * Records units as existing since {@code since} (the database sets {@code added_at} to now on
     * create, V9): for data describing an earlier organisation, such as the demo's office of 2020.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update unit set added_at = :since where id in (:ids)", nativeQuery = true)
    int recordAddedSince(@Param("ids") Collection<Long> ids, @Param("since") Instant since);
}
