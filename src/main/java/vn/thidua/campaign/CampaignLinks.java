package vn.thidua.campaign;

import vn.thidua.security.CurrentUser;
import vn.thidua.shared.web.NavLink;

import java.util.List;

/**
 * What a feature offers on a launched campaign's page ("work" links: register, review, rankings…).
 * Each feature implements it beside its pages and decides with its own rules and services, so the
 * campaign page copies no rule of theirs; implementations are ordered with {@code @Order}.
 */
public interface CampaignLinks {

    List<NavLink> links(Campaign campaign, CurrentUser user);
}
