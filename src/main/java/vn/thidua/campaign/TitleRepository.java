package vn.thidua.campaign;

import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The title catalogue is read-only: no save, no delete. */
public interface TitleRepository extends Repository<Title, String> {

    List<Title> findAllByOrderByPositionAsc();

    Optional<Title> findById(String code);

    List<Title> findByCodeIn(Collection<String> codes);
}
