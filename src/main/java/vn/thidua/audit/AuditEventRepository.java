package vn.thidua.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import java.util.List;

/** Only inserts and reads: there is deliberately no save-for-update, no delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByCampaignIdOrderByIdDesc(Long campaignId);

    List<AuditEvent> findByCampaignIdAndEntityInOrderByIdDesc(Long campaignId, java.util.Collection<String> entities);

    Page<AuditEvent> findByEntityAndEntityIdOrderByIdDesc(String entity, Long entityId, Pageable pageable);

    Page<AuditEvent> findByEntityOrderByIdDesc(String entity, Pageable pageable);

    Page<AuditEvent> findAllByOrderByIdDesc(Pageable pageable);
}
