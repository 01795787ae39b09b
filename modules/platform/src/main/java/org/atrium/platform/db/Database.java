package org.atrium.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Collection;
import javax.sql.DataSource;
import org.atrium.platform.AtriumConfig;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/** Owns the pool and the session factory for the lifetime of the process. */
public final class Database implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final SessionFactory sessionFactory;
  private final WriteGate writeGate;

  private Database(
      HikariDataSource dataSource, SessionFactory sessionFactory, WriteGate writeGate) {
    this.dataSource = dataSource;
    this.sessionFactory = sessionFactory;
    this.writeGate = writeGate;
  }

  /**
   * Opens the pool, migrates the schema and maps {@code entityClasses}, which each module's store
   * contributes (entities are package-private to their store).
   */
  public static Database open(AtriumConfig config, Collection<Class<?>> entityClasses) {
    HikariDataSource dataSource = pool(config);
    try {
      migrate(dataSource);
      return new Database(
          dataSource,
          sessionFactory(dataSource, entityClasses),
          WriteGate.forUrl(config.jdbcUrl()));
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  SessionFactory sessionFactory() {
    return sessionFactory;
  }

  /** What every read-write transaction passes through; see {@link WriteGate}. */
  public WriteGate writeGate() {
    return writeGate;
  }

  @Override
  public void close() {
    sessionFactory.close();
    dataSource.close();
  }

  private static HikariDataSource pool(AtriumConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.jdbcUser());
    hikari.setPassword(config.jdbcPassword());
    hikari.setMaximumPoolSize(Math.max(8, Runtime.getRuntime().availableProcessors() * 4));
    hikari.setAutoCommit(false);
    hikari.setPoolName("atrium");
    return new HikariDataSource(hikari);
  }

  private static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  private static SessionFactory sessionFactory(
      DataSource dataSource, Collection<Class<?>> entityClasses) {
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
            .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
            .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
            .applySetting(AvailableSettings.ORDER_INSERTS, true)
            .applySetting(AvailableSettings.ORDER_UPDATES, true)
            .applySetting(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, true)
            .applySetting(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
            .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
            .applySetting(AvailableSettings.SHOW_SQL, false)
            .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entityClasses.forEach(sources::addAnnotatedClass);
      return sources.buildMetadata().buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }
}
