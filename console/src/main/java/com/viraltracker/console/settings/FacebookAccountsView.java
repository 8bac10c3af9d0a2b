package com.viraltracker.console.settings;

import com.viraltracker.console.api.FacebookConnection;
import com.viraltracker.console.api.GrantedAccount;
import com.viraltracker.console.web.BrandHeader;
import java.util.List;

/**
 * After a Facebook login: the ad accounts the connection's user granted, to choose which the brand links.
 *
 * @param notice how the login ended, in a sentence (null when the page was opened again later)
 */
public record FacebookAccountsView(
        BrandHeader brand, FacebookConnection connection, List<GrantedAccount> accounts, String notice) {

    public boolean anyToLink() {
        return accounts.stream().anyMatch(account -> !account.linked());
    }
}
