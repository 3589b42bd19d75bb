package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD, when two instances of the
 * application start at the same moment on one database (docker-compose runs two): one creates the
 * account, the other finds it; neither fails to start.
 */
@IntegrationTest
class AdminAccountInitializerTest {

    private static final int ROUNDS = 5;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void twoInstancesStartingTogetherCreateOneAdministrator() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String username = "admin-" + Fixtures.unique("").toLowerCase();
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Void>> instances = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                AdminAccountInitializer initializer = new AdminAccountInitializer(accounts, repository, transaction,
                        username, "Mật khẩu quản trị đủ dài 2026");
                instances.add(CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    initializer.afterSingletonsInstantiated();
                }));
            }
            start.countDown();
            for (CompletableFuture<Void> instance : instances) {
                instance.get(); // an instance whose start-up threw fails here
            }
            assertThat(repository.findByUsername(username)).as("round %d", round).isPresent()
                    .get().extracting(Account::getRoles).isEqualTo(java.util.Set.of(Role.ADMIN));
        }
    }
}
