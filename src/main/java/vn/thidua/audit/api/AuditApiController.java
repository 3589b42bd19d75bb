package vn.thidua.audit.api;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.audit.AuditEvent;
import vn.thidua.audit.AuditQueries;
import vn.thidua.shared.Paging;
import vn.thidua.shared.web.PageResponse;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditQueries queries;

    AuditApiController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    PageResponse<AuditEventResponse> list(@RequestParam(required = false) String entity,
                                          @RequestParam(required = false) Long entityId,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return PageResponse.of(queries.find(entity, entityId, Paging.of(page, size, 100, Sort.unsorted())),
                AuditEventResponse::from);
    }

    record AuditEventResponse(Long id, OffsetDateTime at, String actor, String entity, Long entityId,
                              Long campaignId, String action, String oldValue, String newValue, String reason) {
        static AuditEventResponse from(AuditEvent e) {
            return new AuditEventResponse(e.getId(), e.getAt().atOffset(ZoneOffset.UTC), e.getActor(), e.getEntity(),
                    e.getEntityId(), e.getCampaignId(), e.getAction(), e.getOldValue(), e.getNewValue(), e.getReason());
        }
    }
}
