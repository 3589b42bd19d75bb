package vn.thidua.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface IndividualRepository extends JpaRepository<Individual, Long>, JpaSpecificationExecutor<Individual> {

    Optional<Individual> findByCode(String code);

    boolean existsByCode(String code);

    List<Individual> findByCodeIn(Collection<String> codes);

    boolean existsByUnitIdAndActiveTrue(Long unitId);

    long countByUnitIdAndActiveTrue(Long unitId);
}
