package org.newsmon.app.replay;

import java.util.List;
import java.util.regex.Pattern;
import org.newsmon.core.Alert;
import org.newsmon.core.EnrichedArticle;
import org.newsmon.core.Topic;
import org.newsmon.core.UserException;

/**
 * Where a replay writes: the live topics (alerts revised by the live alerts application, whose state knows every
 * event already raised), or a separate set {@code NAME.enriched}, {@code NAME.alerts}, {@code NAME.dlq} processed by
 * the alerts application {@code newsmon-replay-NAME}, to compare before switching over. Immutable.
 *
 * @param name             "live" or the NAME
 * @param alertsApplication Kafka Streams application id of the alerts stage
 */
public record ReplayTarget(String name, Topic<String, EnrichedArticle> enriched, Topic<String, Alert> alerts,
                           Topic<byte[], byte[]> dlq, String alertsApplication) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /**
     * @param to                  "live" or a NAME (letters, digits, '_' and '-')
     * @param liveAlertsApplication the live alerts service's application id ({@code alerts.application.id})
     * @throws UserException for a NAME that is not one, or that would overwrite the live topics
     */
    public static ReplayTarget of(String to, PipelineTopics live, String liveAlertsApplication) {
        if (to == null || to.equals("live")) {
            return new ReplayTarget("live", live.enriched(), live.alerts(), live.dlq(), liveAlertsApplication);
        }
        if (!NAME.matcher(to).matches() || to.equals("news")) {
            throw new UserException("--to must be 'live' or a name of letters, digits, '_' and '-' "
                    + "(not 'news'), got '" + to + "'");
        }
        return new ReplayTarget(to, live.enriched().renamed(to + ".enriched"), live.alerts().renamed(to + ".alerts"),
                live.dlq().renamed(to + ".dlq"), "newsmon-replay-" + to);
    }

    public boolean live() {
        return name.equals("live");
    }

    List<Topic<?, ?>> topics() {
        return List.of(enriched, alerts, dlq);
    }
}
