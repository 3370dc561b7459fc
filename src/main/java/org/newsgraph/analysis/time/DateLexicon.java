package org.newsgraph.analysis.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;

import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Month, weekday and day-ordinal names for date matching. Names come from ICU's DateFormatSymbols and
 * RuleBasedNumberFormat where ICU has them; the variants news uses and ICU lacks (Levantine and Maghrebi
 * Arabic month names, Persian loanword spellings, Hijri month spellings) are listed here. All keys are
 * {@link TextNormalizer#dateText folded} with spaces removed, so "ربیع‌الاول", "ربيع الأول" and "ربیعالاول" agree.
 */
final class DateLexicon {
    /** A month name resolved: its calendar, month 1-12, and whether it is also a common word. */
    record MonthName(CalendarSystem calendar, int month, boolean needsYear) {}

    private static final String[] GREGORIAN_LOCALES = {"fa", "ar", "az", "tr", "ru", "en"};
    private static final String[] SOLAR_HIJRI_LOCALES = {"fa", "en"};
    private static final String[] HIJRI_LOCALES = {"fa", "ar", "az", "tr"};
    private static final String[] WEEKDAY_LOCALES = {"fa", "ar", "az", "tr", "ru", "en"};

    /** Gregorian month names ICU does not give, by month. */
    private static final String[][] EXTRA_GREGORIAN = {
            {"ژانویه", "كانون الثاني", "جانفي", "janvier"},
            {"فوریه", "فبریه", "شباط", "فيفري"},
            {"آذار"},
            {"آپریل", "آوريل", "نيسان", "أفريل", "إبريل", "ابريل"},
            {"مه", "می", "أيار", "ماي"},
            {"جون", "ژوین", "حزيران", "جوان", "يونيه"},
            {"جولای", "ژوییه", "تموز", "جويلية", "يوليه", "يوليوز"},
            {"آگوست", "آب", "أوت", "اغسطس", "غشت"},
            {"سپتامبر", "أيلول", "شتنبر"},
            {"اکتوبر", "تشرين الأول"},
            {"تشرين الثاني", "نونبر"},
            {"كانون الأول", "دجنبر"},
    };
    private static final String[][] EXTRA_SOLAR_HIJRI = {
            {}, {"اردی بهشت"}, {}, {}, {"امرداد"}, {}, {}, {}, {}, {}, {}, {},
    };
    private static final String[][] EXTRA_HIJRI = {
            {"محرم الحرام"},
            {"صفر المظفر"},
            {"ربیع الاول", "ربيع الأول", "Rabi al-Awwal"},
            {"ربیع الثانی", "ربيع الثاني", "ربیع الآخر", "Rabi al-Thani"},
            {"جمادی الاولی", "جمادی الاول", "جمادى الأول"},
            {"جمادی الثانی", "جمادی الثانیه", "جمادی الآخر", "جمادى الثانية", "جمادى الآخر"},
            {"رجب المرجب"},
            {"شعبان المعظم"},
            {"رمضان المبارک", "Ramadan"},
            {"شوال المکرم"},
            {"ذی القعده", "ذی‌قعده", "ذو القعدة", "ذوالقعده", "Dhu al-Qadah"},
            {"ذی الحجه", "ذی‌حجه", "ذو الحجة", "ذوالحجه", "Dhu al-Hijjah"},
    };
    /**
     * Month names that are also everyday words (آب water, می a verb prefix, مه fog, صفر zero): only taken
     * as a month when a year follows.
     */
    private static final Set<String> NEEDS_YEAR = Set.of(key("آب"), key("می"), key("مه"), key("صفر"));

    private static final String[] EXTRA_WEEKDAYS = {"پنج شنبه", "سه شنبه", "یک شنبه", "الإثنين", "среду", "пятницу",
            "субботу"};

    private final Map<String, MonthName> months = new HashMap<>();
    private final Set<String> latinMonthNames = new LinkedHashSet<>();
    private final Set<String> weekdayNames = new LinkedHashSet<>();
    private final Map<String, Integer> dayWords = new HashMap<>();
    private final List<String> dayWordForms = new ArrayList<>();
    private final Set<String> allMonthNames = new LinkedHashSet<>();

    DateLexicon() {
        addIcuMonths(CalendarSystem.GREGORIAN, "gregorian", GREGORIAN_LOCALES);
        addIcuMonths(CalendarSystem.SOLAR_HIJRI, "persian", SOLAR_HIJRI_LOCALES);
        addIcuMonths(CalendarSystem.HIJRI, "islamic", HIJRI_LOCALES);
        addExtra(CalendarSystem.GREGORIAN, EXTRA_GREGORIAN);
        addExtra(CalendarSystem.SOLAR_HIJRI, EXTRA_SOLAR_HIJRI);
        addExtra(CalendarSystem.HIJRI, EXTRA_HIJRI);
        // English abbreviations are common in wire copy ("Jan. 15"); ICU's abbreviated names, plus "Sept".
        DateFormatSymbols en = new DateFormatSymbols(ULocale.ENGLISH);
        String[] abbreviated = en.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED);
        for (int m = 0; m < 12; m++) {
            addMonth(abbreviated[m], CalendarSystem.GREGORIAN, m + 1);
        }
        addMonth("Sept", CalendarSystem.GREGORIAN, 9);

        for (String locale : WEEKDAY_LOCALES) {
            DateFormatSymbols s = new DateFormatSymbols(new ULocale(locale));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (String w : s.getWeekdays(context, DateFormatSymbols.WIDE)) {
                    if (!w.isEmpty()) {
                        weekdayNames.add(TextNormalizer.dateText(w));
                    }
                }
            }
        }
        for (String w : EXTRA_WEEKDAYS) {
            weekdayNames.add(TextNormalizer.dateText(w));
        }
        addDayWords();
    }

    private void addIcuMonths(CalendarSystem calendar, String icuCalendar, String[] locales) {
        for (String locale : locales) {
            ULocale ul = new ULocale(locale + "@calendar=" + icuCalendar);
            DateFormatSymbols s = new DateFormatSymbols(Calendar.getInstance(ul), new ULocale(locale));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                String[] names = s.getMonths(context, DateFormatSymbols.WIDE);
                for (int m = 0; m < 12 && m < names.length; m++) {
                    addMonth(names[m], calendar, m + 1);
                }
            }
        }
    }

    private void addExtra(CalendarSystem calendar, String[][] extra) {
        for (int m = 0; m < 12; m++) {
            for (String name : extra[m]) {
                addMonth(name, calendar, m + 1);
            }
        }
    }

    private void addMonth(String name, CalendarSystem calendar, int month) {
        // ICU's Persian format forms carry the ezafe hamza (ژانویهٔ); the pattern allows it after any name.
        String clean = name.replace("\u0654", "").replace("ʻ", "").strip();
        String folded = TextNormalizer.dateText(clean);
        String k = key(clean);
        months.putIfAbsent(k, new MonthName(calendar, month, NEEDS_YEAR.contains(k)));
        if (folded.chars().allMatch(c -> c < 0x0250)) {
            latinMonthNames.add(folded);
        }
        allMonthNames.add(folded);
    }

    /** Persian and Arabic ordinal day words 1-31 ("اول", "پانزدهم", "الثالث عشر"). */
    private void addDayWords() {
        RuleBasedNumberFormat faCardinal = new RuleBasedNumberFormat(new ULocale("fa"), RuleBasedNumberFormat.SPELLOUT);
        RuleBasedNumberFormat ar = new RuleBasedNumberFormat(new ULocale("ar"), RuleBasedNumberFormat.SPELLOUT);
        for (int d = 1; d <= 31; d++) {
            // ICU has no Persian ordinal rule set: ordinal = cardinal + "م" (سه -> سوم, سی -> سی‌ام).
            String cardinal = faCardinal.format(d, "%spellout-cardinal");
            String ordinal = cardinal.endsWith("سه") ? cardinal.substring(0, cardinal.length() - 2) + "سوم"
                    : cardinal.endsWith("ی") ? cardinal + " ام" : cardinal + "م";
            addDayWord(ordinal, d);
            for (String ruleSet : new String[] {"%spellout-ordinal-masculine", "%spellout-ordinal-feminine"}) {
                String arabic = ar.format(d, ruleSet);
                addDayWord(arabic, d);
                if (arabic.endsWith("ون")) { // genitive after "في": الحادي والعشرين
                    addDayWord(arabic.substring(0, arabic.length() - 2) + "ين", d);
                }
            }
        }
        addDayWord("اول", 1);
        addDayWord("هیجدهم", 18);
    }

    private void addDayWord(String word, int day) {
        dayWords.putIfAbsent(key(word), day);
        dayWordForms.add(TextNormalizer.dateText(word));
    }

    static String key(String s) {
        return TextNormalizer.dateText(s).replaceAll("\\s+", "");
    }

    MonthName month(String matched) {
        return months.get(key(matched.replace("\u0654", "")));
    }

    Integer dayWord(String matched) {
        return dayWords.get(key(matched));
    }

    /** Regex alternation (for folded text) of all month names, longest first. */
    String monthRegex() {
        return alternation(allMonthNames);
    }

    String latinMonthRegex() {
        return alternation(latinMonthNames);
    }

    String weekdayRegex() {
        return alternation(weekdayNames);
    }

    String dayWordRegex() {
        return alternation(dayWordForms);
    }

    /**
     * The names as one regex built from a prefix tree, so the matcher compares each character once instead
     * of trying hundreds of names in turn; a space in a name matches any run of spaces or none (ZWNJ folds
     * to space). Longer names are tried before their prefixes.
     */
    private static String alternation(Collection<String> foldedNames) {
        TrieNode root = new TrieNode();
        for (String name : foldedNames) {
            String n = name.strip().replaceAll("\\s+", " ");
            if (n.isEmpty()) {
                continue;
            }
            TrieNode node = root;
            for (int i = 0; i < n.length(); i++) {
                node = node.children.computeIfAbsent(n.charAt(i), c -> new TrieNode());
            }
            node.terminal = true;
        }
        return root.regex();
    }

    private static final class TrieNode {
        final Map<Character, TrieNode> children = new java.util.TreeMap<>();
        boolean terminal;

        String regex() {
            List<String> branches = new ArrayList<>();
            for (Map.Entry<Character, TrieNode> e : children.entrySet()) {
                String head = e.getKey() == ' ' ? "\\s*" : Pattern.quote(String.valueOf(e.getKey()));
                branches.add(head + e.getValue().regex());
            }
            if (branches.isEmpty()) {
                return "";
            }
            String group = "(?:" + String.join("|", branches) + ")";
            return terminal ? group + "?" : group;
        }
    }
}
