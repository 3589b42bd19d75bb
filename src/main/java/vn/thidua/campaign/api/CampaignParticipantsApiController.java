package vn.thidua.campaign.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.campaign.CampaignParticipants;

import java.time.Instant;
import java.util.List;

/** Who joined a campaign's units late, and adding them (issue 12; migration V9 says who takes part). */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
class CampaignParticipantsApiController {

    private final CampaignParticipants participants;

    CampaignParticipantsApiController(CampaignParticipants participants) {
        this.participants = participants;
    }

    @Operation(summary = "People who joined after the registration deadline (ADMIN, BOARD)", description = """
            The active people of the participating units who came into their unit (created, or moved there) \
            after the end of the campaign's registration deadline (Viet Nam time), have no pledge or \
            evaluation in the campaign and were not added by an admin. They are not participants: not in \
            the ranking, the summary, the registration list or its counts, not "missing" and not "late". \
            Ordered by unit name then full name; at most 500 rows, `total` counts them all.""")
    @ApiResponse(responseCode = "200", description = "`{total, people: [{individualId, code, fullName, unitId, "
            + "unitName, joinedUnitAt}]}`")
    @ApiResponse(responseCode = "403", description = "The caller is neither ADMIN nor BOARD")
    @ApiResponse(responseCode = "404", description = "No such campaign")
    @GetMapping("/late-joiners")
    LateJoinersResponse lateJoiners(@PathVariable Long id) {
        CampaignParticipants.LateJoiners found = participants.lateJoiners(id);
        return new LateJoinersResponse(found.total(), found.people().stream()
                .map(p -> new LateJoinerJson(p.individualId(), p.code(), p.fullName(), p.unitId(), p.unitName(),
                        p.joinedUnitAt()))
                .toList());
    }

    @Operation(summary = "Add a late joiner to the campaign (ADMIN)", description = """
            Makes a person who joined a participating unit after the registration deadline a participant, \
            counted from then on like everyone who joined on time (audited as PARTICIPANT_ADDED on the \
            campaign). Adding someone who already takes part changes nothing and answers 200; a first \
            addition answers 201.""")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(responseCode = "200", description = "Already taking part: nothing changed")
    @ApiResponse(responseCode = "403", description = "The caller is not ADMIN")
    @ApiResponse(responseCode = "404", description = "No such campaign or person")
    @ApiResponse(responseCode = "409", description = "The person is inactive or not in a participating unit, "
            + "or the campaign is CLOSED (its ranking is frozen)")
    @PostMapping("/participants/{individualId}")
    ResponseEntity<AddedResponse> add(@PathVariable Long id, @PathVariable Long individualId) {
        boolean added = participants.add(id, individualId).added();
        return ResponseEntity.status(added ? 201 : 200).body(new AddedResponse(id, individualId, added));
    }

    record LateJoinerJson(Long individualId, String code, String fullName, Long unitId, String unitName,
                          @Schema(description = "When the person came into their current unit (created there or "
                                  + "moved there), after the end of the registration deadline")
                          Instant joinedUnitAt) {
    }

    record LateJoinersResponse(@Schema(description = "How many late joiners there are, all of them") long total,
                               @Schema(description = "The first 500, by unit name then full name")
                               List<LateJoinerJson> people) {
    }

    record AddedResponse(Long campaignId, Long individualId,
                         @Schema(description = "true: added now; false: already taking part, nothing changed")
                         boolean added) {
    }
}
