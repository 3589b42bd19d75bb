package vn.thidua.support;

import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;

/**
 * Counts the SQL statements a piece of work sends (JPA and JDBC alike) on the current thread,
 * to prove that a page costs a fixed number of queries however many rows it shows.
 */
@Component
public class QueryCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(java.util.ArrayList::new);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener()).build();
        }
        return bean;
    }

    /** Runs the work and returns how many statements it sent. */
    public int count(ThrowingRunnable work) throws Exception {
        int[] counter = {0};
        COUNT.set(counter);
        STATEMENTS.get().clear();
        try {
            work.run();
        } finally {
            COUNT.remove();
        }
        return counter[0];
    }

    /** The statements the last {@link #count} on this thread sent, in order (to explain a count that grew). */
    public List<String> lastStatements() {
        return List.copyOf(STATEMENTS.get());
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static final class Listener implements QueryExecutionListener {
        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            int[] counter = COUNT.get();
            if (counter != null) {
                counter[0] += queryInfoList.size();
                queryInfoList.forEach(query -> STATEMENTS.get().add(query.getQuery().replaceAll("\\s+", " ")));
            }
        }
    }
}
