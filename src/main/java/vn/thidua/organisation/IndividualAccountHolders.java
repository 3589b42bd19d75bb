package vn.thidua.organisation;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.security.AccountHolders;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation's individuals as the holders of accounts. Plain SQL that reads only the columns
 * security asks for, without loading entities.
 */
@Component
class IndividualAccountHolders implements AccountHolders {

    private static final String HOLDER = "select id, code, full_name from individual ";

    private static final String SIGN_IN = """
            select i.unit_id, i.full_name,
                   exists(select 1 from unit u where u.head_individual_id = i.id and u.active) as heads_active_unit
            from individual i where i.id = ?""";

    private static final RowMapper<Holder> HOLDER_ROW = (rs, n) ->
            new Holder(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"));

    private final JdbcClient jdbc;

    IndividualAccountHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Holder> find(Long id) {
        return jdbc.sql(HOLDER + "where id = ?").param(id).query(HOLDER_ROW).optional();
    }

    @Override
    public Optional<Holder> findByCode(String code) {
        return jdbc.sql(HOLDER + "where code = ?").param(code).query(HOLDER_ROW).optional();
    }

    /** An array parameter rather than {@code in (...)}: no ids is still one valid statement. */
    @Override
    public Map<Long, Holder> findAll(Collection<Long> ids) {
        return jdbc.sql(HOLDER + "where id = any(?)").param(ids.toArray(Long[]::new)).query(HOLDER_ROW)
                .stream().collect(Collectors.toMap(Holder::id, Function.identity()));
    }

    @Override
    public Optional<SignInHolder> forSignIn(Long id) {
        return jdbc.sql(SIGN_IN).param(id).query((rs, n) -> new SignInHolder(rs.getLong("unit_id"),
                rs.getString("full_name"), rs.getBoolean("heads_active_unit"))).optional();
    }
}
