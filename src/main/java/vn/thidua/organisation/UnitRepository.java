package vn.thidua.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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
}
