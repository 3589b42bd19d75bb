package vn.thidua.award.rules;

import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

public interface TitleQuotaRepository extends Repository<TitleQuota, String> {

    Optional<TitleQuota> findById(String titleCode);

    List<TitleQuota> findAll();

    TitleQuota saveAndFlush(TitleQuota quota);
}
