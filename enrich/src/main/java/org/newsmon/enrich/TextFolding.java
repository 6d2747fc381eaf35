package org.newsmon.enrich;

import java.text.Normalizer;

/**
 * Folds text for matching, one char for one char, so that an offset in the folded text is the same offset in the
 * original: lower case, diacritics dropped ("Tô Lâm" → "to lam", "İlham Əliyev" → "ilham eliyev", "Đảng" → "dang"),
 * typographic apostrophes, dashes and spaces made plain. Stateless and thread-safe.
 */
final class TextFolding {
    private TextFolding() {}

    private static final char[] FOLD = buildTable();

    private static char[] buildTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = foldOne((char) c);
        }
        return table;
    }

    private static char foldOne(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        switch (c) {
            case 'ə', 'Ə' -> { return 'e'; }
            case 'ı', 'İ' -> { return 'i'; }
            case 'đ', 'Đ' -> { return 'd'; }
            case 'ł', 'Ł' -> { return 'l'; }
            case 'ø', 'Ø' -> { return 'o'; }
            case '’', '‘', 'ʼ', '`', '´' -> { return '\''; }
            case '–', '—', '‐', '‑', '−' -> { return '-'; }
            case '\u00a0', '\u2009', '\u202f', '\t', '\n', '\r', '\f' -> { return ' '; }
            default -> { }
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
        char lower = Character.toLowerCase(base);
        // й → и and ё → е after NFD: harmless, both sides of a match are folded the same way
        return lower;
    }

    static char fold(char c) {
        return FOLD[c];
    }

    /** The folded text, the same length as {@code text}. */
    static char[] fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLD[text.charAt(i)];
        }
        return out;
    }

    static String foldToString(CharSequence text) {
        return new String(fold(text));
    }

    /** Per char, whether it is a letter or digit, a letter, a capital: read for each char of every text. */
    private static final boolean[] WORD_CHAR = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] LETTER = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] CAPITAL = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORD_CHAR[c] = Character.isLetterOrDigit((char) c);
            LETTER[c] = Character.isLetter((char) c);
            CAPITAL[c] = Character.isUpperCase((char) c);
        }
    }

    static boolean isWordChar(char c) {
        return WORD_CHAR[c];
    }

    static boolean isLetter(char c) {
        return LETTER[c];
    }

    static boolean isCapital(char c) {
        return CAPITAL[c];
    }
}
