package vn.thidua.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** JSON for API tests: bodies from maps, responses read as trees. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static String of(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static String of(Map<String, ?> value) {
        return MAPPER.writeValueAsString(value);
    }

    public static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }
}
