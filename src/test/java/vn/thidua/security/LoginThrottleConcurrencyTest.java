package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The sign-in throttle under parallel requests: an attempt is reserved in the database before the
 * password is checked, so no more than the limit of guesses are ever checked, however many arrive
 * at once. Real parallel requests, several rounds.
 */
@IntegrationTest
class LoginThrottleConcurrencyTest {

    private static final String GENERIC_401 = "Cần đăng nhập (HTTP Basic hoặc phiên làm việc) để dùng API.";
    private static final String LOCKED = "Tài khoản tạm bị khóa vì nhập sai mật khẩu 5 lần liên tiếp.";
    private static final int ROUNDS = 3;
    private static final int GUESSES = 39;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thirtyNineParallelGuessesGetFiveChecksAndTheRightPasswordAfterwardsIsRefused() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            String user = fixtures.board();
            List<Answer> answers = inParallel(GUESSES, () -> me(user, "đoán lần " + System.nanoTime()));

            Map<String, Long> byKind = answers.stream().collect(Collectors.groupingBy(Answer::kind,
                    Collectors.counting()));
            assertThat(byKind).as("round %d: the guesses checked and the ones refused unchecked", round)
                    .isEqualTo(Map.of("checked", 5L, "locked", 34L));

            Answer right = me(user, Fixtures.PASSWORD);
            assertThat(right.status()).as("round %d: the right password right after", round).isEqualTo(401);
            assertThat(right.kind()).isEqualTo("locked");
            assertThat(jdbc.sql("""
                            select count(*) from audit_event
                            where entity = 'ACCOUNT' and entity_id = ? and action = 'LOCKED'""")
                    .param(accounts.findByUsername(user).orElseThrow().getId()).query(Long.class).single())
                    .as("round %d: one lock, audited once", round).isEqualTo(1);
        }
    }

    @Test
    void parallelRequestsWithTheRightPasswordAllSucceed() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            String user = fixtures.board();
            List<Answer> answers = inParallel(12, () -> me(user, Fixtures.PASSWORD));
            assertThat(answers).as("round %d", round).extracting(Answer::status).containsOnly(200);
        }
    }

    @Test
    void parallelGuessesAtAnUnknownNameAreAnsweredAsForAKnownOne() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            String nobody = Fixtures.unique("khong.co").toLowerCase();
            List<Answer> answers = inParallel(GUESSES, () -> me(nobody, "đoán " + System.nanoTime()));
            assertThat(answers.stream().collect(Collectors.groupingBy(Answer::kind, Collectors.counting())))
                    .as("round %d", round).isEqualTo(Map.of("checked", 5L, "locked", 34L));
        }
    }

    private Answer me(String username, String password) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/me").with(httpBasic(username, password))).andReturn();
        int status = result.getResponse().getStatus();
        if (status != 401) {
            return new Answer(status, "ok");
        }
        String detail = Json.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("detail")
                .asString();
        if (detail.equals(GENERIC_401)) {
            return new Answer(status, "checked");
        }
        if (detail.startsWith(LOCKED)) {
            return new Answer(status, "locked");
        }
        return new Answer(status, detail);
    }

    private static List<Answer> inParallel(int count, Callable<Answer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CyclicBarrier start = new CyclicBarrier(count);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Answer(int status, String kind) {
    }
}
