package dev.herald.server.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserAgentsTest {

    @Test
    void readsEveryProductOfTheFixtureAsItsOwnDocumentationSays() {
        List<UserAgentFixture.Agent> agents = UserAgentFixture.agents();
        assertTrue(agents.size() >= 10, "at least ten products: " + agents.size());
        for (UserAgentFixture.Agent agent : agents) {
            UserAgents.Report report = UserAgents.reportOf(agent.userAgent());
            if (agent.isAggregator()) {
                assertEquals(agent.source(), report.source(), agent.product());
                assertEquals(agent.subscribers(), report.subscribers(), agent.product());
            } else {
                assertNull(report, agent.product() + " is one reader");
            }
        }
    }

    @Test
    void keepsTheAggregatorsOwnFeedId() {
        assertEquals("1306543", UserAgents.reportOf("Feedbin feed-id:1306543 - 21 subscribers").sourceFeed());
        assertEquals("60e4d1a2",
                UserAgents.reportOf("Mozilla/5.0 (compatible; theoldreader.com; 8 subscribers; feed-id=60e4d1a2)").sourceFeed());
        assertEquals("", UserAgents.reportOf("Feedly/1.0 (+https://feedly.com/fetcher.html; 1 subscriber)").sourceFeed());
    }

    @Test
    void namesAnUnknownAggregatorAfterItsProductAsAMetricLabel() {
        assertEquals("acme-reader", UserAgents.reportOf("Mozilla/5.0 (compatible; Acme Reader/2.0; 1,204 subscribers)").source());
        assertEquals(1204, UserAgents.reportOf("Mozilla/5.0 (compatible; Acme Reader/2.0; 1,204 subscribers)").subscribers());
        assertEquals("superagg", UserAgents.reportOf("SuperAgg/3 (7 readers)").source());
        assertEquals(12, UserAgents.reportOf("G2Reader-Bot/1.0 (+http://www.g2reader.com/) (12 users)").subscribers());
        assertNull(UserAgents.reportOf(null));
        assertNull(UserAgents.reportOf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/133.0"));
    }
}
