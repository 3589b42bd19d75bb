package vn.thidua.security;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(@Param("username") String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsernameForUpdate(@Param("username") String username);

    Optional<Account> findByIndividualId(Long individualId);

    boolean existsByIndividualId(Long individualId);

    @Query("select count(a) > 0 from Account a where lower(a.username) = lower(:username)")
    boolean existsByUsername(@Param("username") String username);

    @Query("""
            select a from Account a
            where (:q is null or lower(a.username) like :q)
            order by lower(a.username)""")
    Page<Account> search(@Param("q") String q, Pageable pageable);
}
