package com.viraltracker.scorecard.performance;

import com.viraltracker.scorecard.period.LinkedAccount;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Reads which ad accounts are linked to a brand, and their time zones, from meta-sync-service's
 * {@code meta_sync.brand_ad_accounts} (part of the documented read seam; read only). Its primary key
 * {@code (brand_id, ad_account_id)} serves the lookup.
 */
@Component
public class AdAccountReader {
    public static final String LINKED_ACCOUNTS = """
            SELECT ad_account_id, time_zone
              FROM meta_sync.brand_ad_accounts
             WHERE brand_id = $1
             ORDER BY ad_account_id
            """;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final DatabaseClient database;

    public AdAccountReader(DatabaseClient database) {
        this.database = database;
    }

    public List<LinkedAccount> linkedTo(UUID brandId) {
        return database.sql(LINKED_ACCOUNTS)
                .bind(0, brandId)
                .map(row ->
                        new LinkedAccount(row.get("ad_account_id", String.class), row.get("time_zone", String.class)))
                .all()
                .collectList()
                .block(TIMEOUT);
    }
}
