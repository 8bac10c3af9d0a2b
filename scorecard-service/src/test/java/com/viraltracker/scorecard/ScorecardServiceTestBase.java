package com.viraltracker.scorecard;

import com.viraltracker.events.serde.EventJson;
import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.support.kafka.EventPublisher;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import com.viraltracker.testing.TestDatabase;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A test of the whole scorecard service: the client, the database (where tests write meta-sync's performance
 * table) and the publisher runs are requested through, and the reads of what a run stored.
 */
@ServiceIntegrationTest
public abstract class ScorecardServiceTestBase {
    @Autowired
    protected WebTestClient web;

    @Autowired
    protected TestDatabase testDatabase;

    @Autowired
    protected EventPublisher publisher;

    /** A stored scorecard as its JSON representation reads back. */
    protected Scorecard storedScorecard(Object id) throws Exception {
        byte[] json = storedScorecardJson(id).returnResult().getResponseBody();
        return EventJson.mapper().readValue(json, Scorecard.class);
    }

    /** A stored scorecard's JSON representation, answered 200, for checks of its fields. */
    protected WebTestClient.BodyContentSpec storedScorecardJson(Object id) {
        return Answers.okJson(web, "/api/v1/scorecards/{id}", id);
    }

    /** The body of a 200 answer to a GET of {@code uri}, such as a scorecard's HTML or CSV. */
    protected String text(String uri, Object... uriVariables) {
        return Answers.okText(web, uri, uriVariables);
    }

    /** The brand's first page of stored scorecards, answered 200, for checks of what it lists. */
    protected WebTestClient.BodyContentSpec scorecardList(UUID brand) {
        return Answers.okJson(web, "/api/v1/brands/{brand}/scorecards", brand);
    }
}
