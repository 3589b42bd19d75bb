package vn.thidua.campaign.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.organisation.SubjectType;

import java.util.List;

/** The title catalogue (DESIGN §5), read-only: the codes a campaign may open. */
@RestController
@RequestMapping("/api/v1/titles")
class TitleApiController {

    private final TitleCatalogue titles;

    TitleApiController(TitleCatalogue titles) {
        this.titles = titles;
    }

    @GetMapping
    List<TitleResponse> list() {
        return titles.findAll().stream().map(TitleResponse::from).toList();
    }

    record TitleResponse(String code, String name, String nameEn, SubjectType subjectType, int position,
                         String ruleSummary) {
        static TitleResponse from(Title t) {
            return new TitleResponse(t.getCode(), t.getName(), t.getNameEn(), t.getSubjectType(), t.getPosition(),
                    t.getRuleSummary());
        }
    }
}
