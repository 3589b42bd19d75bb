package vn.thidua.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/** Reading the trail: the board and the emulation office only. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    private static final Set<String> CAMPAIGN_SETTINGS = Set.of("CAMPAIGN", "CRITERION");

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

    /**
     * A campaign's history: its settings, its criteria and its transitions, newest first. Pledge and
     * score events also name their campaign, but they belong to their own pages (and are many).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
    public List<AuditEvent> campaignHistory(Long campaignId) {
        return repository.findByCampaignIdAndEntityInOrderByIdDesc(campaignId, CAMPAIGN_SETTINGS);
    }
}
