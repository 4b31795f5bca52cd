package social.rapport.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;

/**
 * How posts' words are analysed. Every post's text goes into one field with the standard analyser;
 * a post whose language Lucene has an analyser for goes, in addition, into that language's field,
 * stemmed and with its stop words ("gardening" finds "garden" in English). A query is asked of the
 * plain field and of every language's the index holds, each analysed its own way, so it finds a post
 * in any language.
 */
final class PostAnalysis {
    static final String ALL = "text";

    private static final Map<String, Supplier<Analyzer>> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("ar", ArabicAnalyzer::new);
        LANGUAGES.put("bg", BulgarianAnalyzer::new);
        LANGUAGES.put("bn", BengaliAnalyzer::new);
        LANGUAGES.put("ca", CatalanAnalyzer::new);
        LANGUAGES.put("ckb", SoraniAnalyzer::new);
        LANGUAGES.put("cs", CzechAnalyzer::new);
        LANGUAGES.put("da", DanishAnalyzer::new);
        LANGUAGES.put("de", GermanAnalyzer::new);
        LANGUAGES.put("el", GreekAnalyzer::new);
        LANGUAGES.put("en", EnglishAnalyzer::new);
        LANGUAGES.put("es", SpanishAnalyzer::new);
        LANGUAGES.put("et", EstonianAnalyzer::new);
        LANGUAGES.put("eu", BasqueAnalyzer::new);
        LANGUAGES.put("fa", PersianAnalyzer::new);
        LANGUAGES.put("fi", FinnishAnalyzer::new);
        LANGUAGES.put("fr", FrenchAnalyzer::new);
        LANGUAGES.put("ga", IrishAnalyzer::new);
        LANGUAGES.put("gl", GalicianAnalyzer::new);
        LANGUAGES.put("hi", HindiAnalyzer::new);
        LANGUAGES.put("hu", HungarianAnalyzer::new);
        LANGUAGES.put("hy", ArmenianAnalyzer::new);
        LANGUAGES.put("id", IndonesianAnalyzer::new);
        LANGUAGES.put("it", ItalianAnalyzer::new);
        LANGUAGES.put("ja", CJKAnalyzer::new);
        LANGUAGES.put("ko", CJKAnalyzer::new);
        LANGUAGES.put("lt", LithuanianAnalyzer::new);
        LANGUAGES.put("lv", LatvianAnalyzer::new);
        LANGUAGES.put("ne", NepaliAnalyzer::new);
        LANGUAGES.put("nl", DutchAnalyzer::new);
        LANGUAGES.put("no", NorwegianAnalyzer::new);
        LANGUAGES.put("nb", NorwegianAnalyzer::new);
        LANGUAGES.put("pt", PortugueseAnalyzer::new);
        LANGUAGES.put("ro", RomanianAnalyzer::new);
        LANGUAGES.put("ru", RussianAnalyzer::new);
        LANGUAGES.put("sr", SerbianAnalyzer::new);
        LANGUAGES.put("sv", SwedishAnalyzer::new);
        LANGUAGES.put("ta", TamilAnalyzer::new);
        LANGUAGES.put("te", TeluguAnalyzer::new);
        LANGUAGES.put("th", ThaiAnalyzer::new);
        LANGUAGES.put("tr", TurkishAnalyzer::new);
        LANGUAGES.put("zh", CJKAnalyzer::new);
    }

    private static final Analyzer ANALYZER = build();

    /** Phrases ("…"), prefixes (word*), `-` to leave out, `|` for either; words otherwise must all match. */
    private static final int OPERATORS = SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.ESCAPE_OPERATOR;

    private PostAnalysis() {}

    private static Analyzer build() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (var e : LANGUAGES.entrySet())
            fields.put(ALL + "_" + e.getKey(), e.getValue().get());
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    /** The analyser for writing documents: each field its own. */
    static Analyzer indexing() {
        return ANALYZER;
    }

    /** The language field for a post's language ("en", "pt-BR"), or null when Lucene has no analyser for it. */
    static String field(String language) {
        if (language == null || language.isBlank()) return null;
        String base = language.strip().toLowerCase(Locale.ROOT);
        int dash = base.indexOf('-');
        if (dash > 0) base = base.substring(0, dash);
        return LANGUAGES.containsKey(base) ? ALL + "_" + base : null;
    }

    /**
     * The words of a query asked of the plain field and of those of `fields` that are language fields
     * (the ones the index holds, so a query costs only the languages posts are written in), or null
     * when they leave nothing to look for (only stop words, only signs).
     */
    static Query parse(String text, java.util.Collection<String> fields) {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(ALL, 1.0f);
        for (String f : fields) {
            if (f.startsWith(ALL + "_") && LANGUAGES.containsKey(f.substring(ALL.length() + 1))) weights.put(f, 1.0f);
        }
        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, weights, OPERATORS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }
}
