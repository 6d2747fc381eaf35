package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Command-line checks that fail before any Kafka is contacted. */
class ReplayCommandTest {
    @Test
    void aTimeThatIsNoTimeIsAClearErrorNotACrash() {
        assertEquals(2, Newsmon.execute("replay", "--since", "last tuesday", "--bootstrap-servers", "127.0.0.1:1"));
    }

    @Test
    void anUnknownSourceIsAClearError() {
        assertEquals(2, Newsmon.execute("replay", "--since", "30d", "--from", "tape", "--bootstrap-servers", "127.0.0.1:1"));
    }

    @Test
    void theTargetCannotPoseAsTheLiveTopics() {
        assertEquals(2, Newsmon.execute("replay", "--since", "30d", "--to", "news", "--bootstrap-servers", "127.0.0.1:1"));
    }

    @Test
    void backfillOfAPathThatDoesNotExistIsAClearError() {
        assertEquals(2, Newsmon.execute("backfill", "/no/such/saved/history", "--bootstrap-servers", "127.0.0.1:1"));
    }
}
