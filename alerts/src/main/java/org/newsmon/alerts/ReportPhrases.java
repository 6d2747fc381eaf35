package org.newsmon.alerts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What alerts read for themselves in the reports' headlines and event sentences, because the enriched article does
 * not carry it: the documents an agreement names, and the office a person is introduced with. Small multilingual
 * phrase lists (en, ru, az, vi), matched on folded text (lower case, accents stripped), so "Tổng Bí thư Tô Lâm" and
 * "General Secretary To Lam" read alike. Stateless and thread-safe.
 */
final class ReportPhrases {
    private ReportPhrases() {}

    /** Document kinds, in the order a title lists them, each with the phrases (folded regexes) that name it. */
    private static final Map<String, Pattern> DOCUMENTS = new LinkedHashMap<>();
    /** Offices, each with the phrases (folded regexes) that introduce a person holding it. */
    private static final Map<String, String> OFFICES = new LinkedHashMap<>();

    static {
        DOCUMENTS.put("joint statement", Pattern.compile(
                "joint (?:statement|declaration)|birge beyanat|совместн\\S* (?:заявлени|декларац)|tuyen bo chung"));
        DOCUMENTS.put("memorandum of understanding", Pattern.compile(
                "memorand|меморандум|ban ghi nho"));
        DOCUMENTS.put("agreement", Pattern.compile(
                "\\bagreements?\\b|соглашени|\\bsazis|hiep dinh"));
        DOCUMENTS.put("cooperation documents", Pattern.compile(
                "\\bdocuments\\b|документ|\\bsened|van kien"));
        OFFICES.put("General Secretary", "general secretary|secretary general|bas katibi?|tong bi thu|генеральныи секретарь|генсек");
        OFFICES.put("President", "president|prezidenti?|tong thong|chu tich nuoc|президент");
        OFFICES.put("Prime Minister", "prime minister|bas nazir|thu tuong|премьер-министр");
    }

    /** The document kinds any of {@code texts} names, in {@link #DOCUMENTS} order. */
    static List<String> documents(List<String> texts) {
        List<String> folded = texts.stream().map(ReportPhrases::fold).toList();
        List<String> out = new ArrayList<>();
        DOCUMENTS.forEach((kind, pattern) -> {
            if (folded.stream().anyMatch(t -> pattern.matcher(t).find())) {
                out.add(kind);
            }
        });
        return out;
    }

    /** The office {@code name} is most often introduced with right before the name in {@code texts}, if any. */
    static Optional<String> office(String name, List<String> texts) {
        String foldedName = Pattern.quote(fold(name));
        List<String> folded = texts.stream().map(ReportPhrases::fold).toList();
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, String> office : OFFICES.entrySet()) {
            Pattern p = Pattern.compile("(?:" + office.getValue() + ")\\s+" + foldedName + "\\b");
            int count = 0;
            for (String text : folded) {
                var m = p.matcher(text);
                while (m.find()) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = office.getKey();
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Lower case, accents and the letters Latin scripts add (ə, ı, đ) reduced to their plain forms. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ə', 'e').replace('ı', 'i').replace('đ', 'd');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
