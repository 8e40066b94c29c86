package org.communa.kernel.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.communa.kernel.tenant.TenantId;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The two connection pools of a running server and the persistence unit on the application pool.
 * The application pool connects as a role that owns no table, so row-level security always applies;
 * the system pool is only reachable through {@link SystemTransactions}, which audits.
 */
public final class Database implements AutoCloseable {

    /** The EclipseLink multitenancy context property (see {@code @TenantDiscriminatorColumn}). */
    public static final String TENANT_PROPERTY = "communa.tenant";
    public static final String PERSISTENCE_XML = "META-INF/communa-persistence.xml";

    private final HikariDataSource appPool;
    private final HikariDataSource systemPool;
    private final EntityManagerFactory entityManagers;

    public Database(DatabaseSettings settings, String persistenceUnit, ClassLoader classLoader) {
        this.appPool = pool("communa-app", settings.url(), settings.appRole(), settings.appPassword(), settings.appPoolSize());
        this.systemPool = pool("communa-system", settings.url(), settings.systemRole(), settings.systemPassword(),
                settings.systemPoolSize());
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.ECLIPSELINK_PERSISTENCE_XML, PERSISTENCE_XML);
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, appPool);
        properties.put(PersistenceUnitProperties.CLASSLOADER, classLoader);
        properties.put(PersistenceUnitProperties.SESSION_EVENT_LISTENER_CLASS, TenantSessionListener.class.getName());
        this.entityManagers = new PersistenceProvider().createEntityManagerFactory(persistenceUnit, properties);
        if (entityManagers == null) {
            throw new IllegalStateException("persistence unit " + persistenceUnit + " not found in " + PERSISTENCE_XML);
        }
    }

    private static HikariDataSource pool(String name, String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        // uuid and jsonb columns receive Java strings without casts in every query
        config.addDataSourceProperty("stringtype", "unspecified");
        config.addDataSourceProperty("ApplicationName", name);
        return new HikariDataSource(config);
    }

    public EntityManagerFactory entityManagers() {
        return entityManagers;
    }

    /** Application-role pool: without a tenant set it sees no tenant row (policies fail closed). */
    public DataSource appPool() {
        return appPool;
    }

    /** Cross-tenant pool, for the job scheduler's own table and for audited system work. */
    public DataSource systemPool() {
        return systemPool;
    }

    @Override
    public void close() {
        entityManagers.close();
        appPool.close();
        systemPool.close();
    }
}
