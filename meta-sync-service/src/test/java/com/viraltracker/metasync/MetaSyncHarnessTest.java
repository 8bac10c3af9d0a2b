package com.viraltracker.metasync;

import com.viraltracker.graphsim.AccountSpec;
import com.viraltracker.testing.ServiceHarnessContract;
import java.util.Map;

class MetaSyncHarnessTest extends ServiceHarnessContract {
    /** The ad account of the document's example link request; Meta knows it, so a generated link can succeed. */
    private static final String EXAMPLE_ACCOUNT = "act_1234567890";

    static {
        // The same context as the other tests of this module: it must not reach for a Graph API on port 8090.
        TestGraphSimulator.get().account(AccountSpec.of(EXAMPLE_ACCOUNT).withAds(1, 1, 1));
    }

    @Override
    protected Map<String, String> operationsWithoutSuccess() {
        String why = "a connection exists only after a Facebook login in a browser, which generated requests cannot"
                + " do (ConnectFacebookTest and BrandScopingTest cover these with one)";
        return Map.of(
                "GET /api/v1/brands/{brandId}/facebook-connections/{connectionId}",
                why,
                "GET /api/v1/brands/{brandId}/facebook-connections/{connectionId}/ad-accounts",
                why,
                "DELETE /api/v1/brands/{brandId}/facebook-connections/{connectionId}",
                why,
                "POST /api/v1/facebook-logins/completion",
                "a login's state and code exist only once Meta's dialog sent a browser back, which generated requests"
                        + " cannot do; any other state is refused with 409 (ConnectFacebookTest finishes real ones)");
    }

    @Override
    protected String schema() {
        return "meta_sync";
    }
}
