package org.newsmon.enrich;

/**
 * The numbers event reading weighs with, in one place: how sure a mention is, how far from its trigger a word may
 * stand and still belong to it, how far back in time and text a mention looks, and what makes one pairing of a
 * visitor and a host cheaper than another. Constants only.
 */
final class EventWeights {
    private EventWeights() {
    }

    // confidence of a visit: the base, plus what makes the reading surer
    /** A visit word, host or talks with a visitor and a host of two countries (or the visit told before). */
    static final double VISIT_BASE = 0.5;
    /** The visitor is a named person, not a side, an organisation or a nationality. */
    static final double VISIT_NAMED_VISITOR = 0.15;
    /** A day dates the visit. */
    static final double VISIT_DAY = 0.15;
    /** A word of the sentence states where the visit stands (announced, under way, over, cancelled). */
    static final double VISIT_STATUS_STATED = 0.1;

    // confidence of an agreement: the base, plus what makes the reading surer
    /** A signing with something named near it that is an agreement. */
    static final double AGREEMENT_BASE = 0.6;
    /** A signing in doubt, or told in a phone call: the whole confidence, whatever else is known. */
    static final double AGREEMENT_DOUBTED = 0.3;
    /** Both parties are named in the sentence, not taken from the article. */
    static final double AGREEMENT_BOTH_PARTIES_NAMED = 0.15;
    /** A day dates the signing (its own, or one told shortly before). */
    static final double AGREEMENT_DAY = 0.1;
    /** A person of a party is named with it. */
    static final double AGREEMENT_SIGNATORY_NAMED = 0.1;

    /** No mention is certain. */
    static final double MAX_CONFIDENCE = 0.95;

    // reaches, in chars
    /** How far (chars) from its trigger a visitor or host may be named: a long sentence, not a paragraph. */
    static final int MAX_REACH = 300;
    /** How far (chars) from a signing what was signed is named ("signed a memorandum", "documents were signed"). */
    static final int OBJECT_REACH = 80;
    /** How far (chars) from a signing a word of the future may stand to make it a plan. */
    static final int FUTURE_REACH = 60;
    /** How far from the trigger its agent may be named. */
    static final int AGENT_REACH = 80;
    /** How far (chars) after a title the country whose official it names may stand ("Minister of the Republic of …"). */
    static final int TITLE_TO_COUNTRY_REACH = 40;
    /** How far into a text a dateline may stand. */
    static final int DATELINE_REACH = 600;

    // reaches in time and in sentences
    /** Days before publication after which a dated event is recalled history, not news. */
    static final int NEWS_WINDOW_DAYS = 20;
    /** How many sentences back an undated signing looks for the day the text is about. */
    static final int EARLIER_SENTENCES = 8;

    // costs of a pairing: the distance (chars) from the trigger, plus or minus these; the cheapest pair is read
    /** A named person is the likeliest visitor or guest. */
    static final int PERSON_PENALTY = 0;
    /** A nationality ("the Vietnamese leader") before anything but a person. */
    static final int DEMONYM_PENALTY = 15;
    /** An organisation, or another actor. */
    static final int OTHER_ACTOR_PENALTY = 30;
    /** A country as an actor, last. */
    static final int COUNTRY_PENALTY = 45;
    /** A place named as where someone comes from ("from Kazakhstan") hosts only when no other place can. */
    static final int ORIGIN_COST = 200;
    /** A place the trigger leads to ("visit to Baku", "Bakıya") is preferred as the host. */
    static final int DESTINATION_BONUS = 25;
}
