package vn.thidua.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reading the trail: the board and the emulation office only. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    private final AuditEventRepository repository;

    AuditQueries(AuditEventRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
    public Page<AuditEvent> find(String entity, Long entityId, Pageable pageable) {
        if (entity != null && entityId != null) {
            return repository.findByEntityAndEntityIdOrderByIdDesc(entity, entityId, pageable);
        }
        if (entity != null) {
            return repository.findByEntityOrderByIdDesc(entity, pageable);
        }
        return repository.findAllByOrderByIdDesc(pageable);
    }

    /** A campaign's history: its settings, its criteria and its transitions, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
    public List<AuditEvent> campaignHistory(Long campaignId) {
        // evaluations (and other per-subject records) have their own history pages
        return repository.findByCampaignIdAndEntityInOrderByIdDesc(campaignId, List.of("CAMPAIGN", "CRITERION"));
    }
}
