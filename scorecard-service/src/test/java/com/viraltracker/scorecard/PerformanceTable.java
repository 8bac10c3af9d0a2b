package com.viraltracker.scorecard;

import com.viraltracker.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * meta-sync-service's {@code meta_ads_performance} and {@code brand_ad_accounts} (the read seam), created the way
 * meta-sync creates them: its own changelog files (read from the sibling module, never copied) run by Liquibase
 * into schema {@code meta_sync}, with meta-sync's changelog table names. Rows are then inserted as fixtures; the
 * service under test only reads them.
 */
public final class PerformanceTable {
    static final Path META_SYNC_RESOURCES = Path.of("../meta-sync-service/src/main/resources");
    static final List<String> CHANGELOGS = List.of(
            "db/changelog/meta_sync/001-meta-ads-performance.sql",
            "db/changelog/meta_sync/002-brand-ad-accounts.sql",
            "db/changelog/meta_sync/004-performance-ad-statistics.sql",
            "db/changelog/meta_sync/007-performance-brand-date-covering.sql");
    private static final String INSERT = """
            INSERT INTO meta_sync.meta_ads_performance (ad_account_id, ad_id, date, brand_id, campaign_id,
                campaign_name, ad_name, currency, spend, impressions, clicks, purchases, purchase_value, synced_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
            """;

    private static final String LINK = """
            INSERT INTO meta_sync.brand_ad_accounts (brand_id, ad_account_id, name, currency, time_zone,
                account_status, linked_at)
            VALUES (?, ?, ?, ?, ?, 1, now())
            """;

    private PerformanceTable() {}

    /** Creates the tables unless meta-sync's changelogs already ran in this database. */
    public static synchronized void create(TestDatabase database) {
        for (String changelog : CHANGELOGS) {
            if (!Files.exists(META_SYNC_RESOURCES.resolve(changelog))) {
                throw new IllegalStateException("meta-sync's changelog is not at "
                        + META_SYNC_RESOURCES.resolve(changelog).toAbsolutePath()
                        + "; tests run from the scorecard-service module directory");
            }
        }
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS meta_sync");
            connection.setSchema("meta_sync");
            Database liquibaseDatabase =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            liquibaseDatabase.setDefaultSchemaName("meta_sync");
            liquibaseDatabase.setLiquibaseSchemaName("public");
            liquibaseDatabase.setDatabaseChangeLogTableName("meta_sync_changelog");
            liquibaseDatabase.setDatabaseChangeLogLockTableName("meta_sync_changelog_lock");
            try (var resources = new DirectoryResourceAccessor(META_SYNC_RESOURCES)) {
                for (String changelog : CHANGELOGS) {
                    new Liquibase(changelog, resources, liquibaseDatabase).update();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create meta-sync's tables", e);
        }
    }

    /** Links an ad account to a brand as meta-sync does after verifying it: with Meta's currency and time zone. */
    public static void link(TestDatabase database, UUID brandId, String adAccountId, String currency, String timeZone) {
        try (Connection connection = database.connect();
                PreparedStatement link = connection.prepareStatement(LINK)) {
            link.setObject(1, brandId);
            link.setString(2, adAccountId);
            link.setString(3, "Account " + adAccountId);
            link.setString(4, currency);
            link.setString(5, timeZone);
            link.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not link " + adAccountId + " to brand " + brandId, e);
        }
    }

    public static void insert(TestDatabase database, List<PerformanceRow> rows) {
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (PerformanceRow row : rows) {
                insert.setString(1, row.adAccountId());
                insert.setString(2, row.adId());
                insert.setDate(3, Date.valueOf(row.date()));
                insert.setObject(4, row.brandId());
                insert.setString(5, "c_" + row.adId());
                insert.setString(6, row.campaignName());
                insert.setString(7, row.adName());
                insert.setString(8, row.currency());
                insert.setBigDecimal(9, row.spend());
                insert.setLong(10, row.impressions());
                insert.setLong(11, row.clicks());
                insert.setLong(12, row.purchases());
                insert.setBigDecimal(13, row.purchaseValue());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not insert performance fixture rows", e);
        }
    }
}
