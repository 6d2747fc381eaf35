package org.newsmon.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmon.alerts.DemoArticles;
import org.newsmon.core.Json;

/** The schemas in docs/ do reject what breaks the contract (so a test that finds no problems means something). */
class ContractSchemasTest {
    private static final String ALERT = """
            {"eventKey":"visit:VN-AZ:2025-05-07","kind":"VISIT","status":"COMPLETED",
             "title":"Vietnam's General Secretary To Lam visits Azerbaijan — completed, 7–8 May 2025",
             "date":"2025-05-07","dateEnd":"2025-05-08","location":"Baku, Azerbaijan","parties":["VN","AZ"],
             "actors":["To Lam"],"sectors":["politics"],"documents":[],"independentSources":1,
             "sources":[{"url":"http://127.0.0.1/n1","language":"en","firstSeenAt":"2025-05-08T12:20:00Z"}],
             "history":[{"status":"COMPLETED","at":"2025-05-08T12:10:00Z","source":"http://127.0.0.1/n1"}],
             "revision":1,"firstSeenAt":"2025-05-08T12:20:00Z","updatedAt":"2025-05-08T12:20:00Z"}""";

    @Test
    void aCompleteAlertIsValid() {
        assertEquals(List.of(), ContractSchemas.ALERT.problems(ALERT));
    }

    @Test
    void anAlertWithoutItsKeyOrWithAnUnknownKindOrDateIsNot() {
        assertFalse(ContractSchemas.ALERT.problems(ALERT.replace("\"eventKey\":\"visit:VN-AZ:2025-05-07\",", "")).isEmpty());
        assertFalse(ContractSchemas.ALERT.problems(ALERT.replace("\"kind\":\"VISIT\"", "\"kind\":\"MEETING\"")).isEmpty());
        assertFalse(ContractSchemas.ALERT.problems(ALERT.replace("\"2025-05-08\"", "\"8 May 2025\"")).isEmpty());
        assertFalse(ContractSchemas.ALERT.problems(ALERT.replace("\"independentSources\":1,", "")).isEmpty());
    }

    @Test
    void anEnrichedArticleIsValidAndOneWithAnUnknownSectorIsNot() {
        String json = Json.write(DemoArticles.R1);
        assertEquals(List.of(), ContractSchemas.ENRICHED_ARTICLE.problems(json));
        assertFalse(ContractSchemas.ENRICHED_ARTICLE.problems(json.replace("\"oil-gas\"", "\"oil and gas\"")).isEmpty());
        assertFalse(ContractSchemas.ENRICHED_ARTICLE.problems(json.replace("\"events\":", "\"evts\":")).isEmpty());
    }
}
