package vn.thidua.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.security.SystemUser;

import java.util.List;

/**
 * Loads the demo data (the Government Office's 50-day campaign of 2020 and its people) once, in
 * embedded mode only: {@code app.demo.enabled} is switched on by the embedded database and off
 * for an external one. Everything goes through the services, as user "demo".
 */
@Component
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoStep> steps;
    private final TransactionTemplate transaction;

    DemoDataLoader(List<DemoStep> steps, TransactionTemplate transaction) {
        this.steps = steps;
        this.transaction = transaction;
    }

    /** Before the web server opens, so nobody signs in to a half-loaded demo. */
    @Override
    public void afterSingletonsInstantiated() {
        SystemUser.runAsAdmin(SystemUser.DEMO_DATA, () -> {
            for (DemoStep step : steps) {
                transaction.executeWithoutResult(status -> {
                    if (!step.alreadyLoaded()) {
                        long start = System.nanoTime();
                        step.load();
                        log.info("Demo data: {} loaded in {} ms", step.getClass().getSimpleName(),
                                (System.nanoTime() - start) / 1_000_000);
                    }
                });
            }
        });
    }
}
