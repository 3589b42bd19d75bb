package vn.thidua.campaign;

import org.springframework.http.MediaType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.support.Fixtures;
import vn.thidua.support.Json;

import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * API calls as a given account (its session, with the CSRF token), with JSON bodies. Lazy: the
 * real-server test contexts have no MockMvc and never ask for it.
 */
@Component
@Lazy
public class CampaignApi {

    private final MockMvc mvc;
    private final Fixtures fixtures;

    CampaignApi(MockMvc mvc, Fixtures fixtures) {
        this.mvc = mvc;
        this.fixtures = fixtures;
    }

    public ResultActions get(String user, String url, Object... vars) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url, vars)
                .with(fixtures.as(user)));
    }

    public ResultActions post(String user, Object body, String url, Object... vars) throws Exception {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url, vars), user, body);
    }

    public ResultActions put(String user, Object body, String url, Object... vars) throws Exception {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url, vars), user, body);
    }

    public ResultActions delete(String user, String url, Object... vars) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(url, vars)
                .with(fixtures.as(user)).with(csrf()));
    }

    public ResultActions transition(String user, Campaign campaign, String to, long version) throws Exception {
        return post(user, Map.of("to", to, "version", version), "/api/v1/campaigns/{id}/transitions",
                campaign.getId());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
        return mvc.perform(request.with(fixtures.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(Json.of(body)));
    }
}
