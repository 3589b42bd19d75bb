package vn.thidua.organisation;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface IndividualRepository extends JpaRepository<Individual, Long>, JpaSpecificationExecutor<Individual> {

    Optional<Individual> findByCode(String code);

    boolean existsByCode(String code);

    List<Individual> findByCodeIn(Collection<String> codes);

    long countByUnitIdAndActiveTrue(Long unitId);

    List<Individual> findByUnitIdAndActiveTrue(Long unitId, Sort sort);

    /** Active people per unit, one row {@code [unitId, count]} per unit that has any. */
    @Query("select i.unitId, count(i) from Individual i where i.active = true group by i.unitId")
    List<Object[]> countActiveByUnit();
}
