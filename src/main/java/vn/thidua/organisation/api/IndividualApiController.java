package vn.thidua.organisation.api;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualService;
import vn.thidua.shared.Paging;
import vn.thidua.shared.web.PageResponse;

/**
 * People, as scoped by {@link IndividualService}. As for units, the bodies carry no Bean
 * Validation: the service refuses non-ADMIN writers (403) before it looks at the fields (400).
 */
@RestController
@RequestMapping("/api/v1/individuals")
class IndividualApiController {

    static final Sort BY_NAME = IndividualService.BY_NAME;

    private final IndividualService individuals;

    IndividualApiController(IndividualService individuals) {
        this.individuals = individuals;
    }

    /** {@code unitId} includes the unit's sub-units; {@code q} matches code or name, diacritics optional. */
    @GetMapping
    PageResponse<IndividualResponse> list(@RequestParam(required = false) Long unitId,
                                          @RequestParam(required = false) String q,
                                          @RequestParam(required = false) Boolean active,
                                          @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return PageResponse.of(individuals.search(new IndividualService.Search(unitId, q, active),
                Paging.of(page, size, 50, BY_NAME)), IndividualResponse::from);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IndividualResponse create(@RequestBody CreateIndividualRequest request) {
        return IndividualResponse.from(individuals.create(new IndividualService.IndividualData(request.code(),
                request.fullName(), request.unitId(), request.position(), request.email(), request.employedSince())));
    }

    @GetMapping("/{id}")
    IndividualResponse get(@PathVariable Long id) {
        return IndividualResponse.from(individuals.get(id));
    }

    @PutMapping("/{id}")
    IndividualResponse update(@PathVariable Long id, @RequestBody UpdateIndividualRequest request) {
        Individual current = individuals.get(id);
        boolean active = request.active() != null ? request.active() : current.isActive();
        // absent keeps the date, as for active: clients written before the field do not erase it
        java.time.LocalDate employedSince = request.employedSince() != null ? request.employedSince()
                : current.getEmployedSince();
        return IndividualResponse.from(individuals.update(id, new IndividualService.IndividualData(request.code(),
                request.fullName(), request.unitId(), request.position(), request.email(), employedSince), active,
                request.version()));
    }

    record CreateIndividualRequest(String code, String fullName, Long unitId, String position, String email,
                                   @io.swagger.v3.oas.annotations.media.Schema(description = "the date the person "
                                           + "started work, yyyy-MM-dd, optional, not after today (read by the "
                                           + "LĐTT rule)") java.time.LocalDate employedSince) {
    }

    record UpdateIndividualRequest(String code, String fullName, Long unitId, String position, String email,
                                   @io.swagger.v3.oas.annotations.media.Schema(description = "yyyy-MM-dd; absent "
                                           + "keeps the recorded date") java.time.LocalDate employedSince,
                                   Boolean active, Long version) {
    }

    record IndividualResponse(Long id, String code, String fullName, Long unitId, String position, String email,
                              java.time.LocalDate employedSince, boolean active, long version) {
        static IndividualResponse from(Individual i) {
            return new IndividualResponse(i.getId(), i.getCode(), i.getFullName(), i.getUnitId(), i.getPosition(),
                    i.getEmail(), i.getEmployedSince(), i.isActive(), i.getVersion());
        }
    }
}
