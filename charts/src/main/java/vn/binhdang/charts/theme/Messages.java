package vn.binhdang.charts.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import vn.binhdang.charts.Lang;

/**
 * The UI strings of charts and chart pack in one language, kept as data in
 * {@code messages_<lang>.properties} (UTF-8). Placeholders are {@code {name}}, filled by
 * {@link #get(String, Object...)} with name/value pairs; no {@link java.text.MessageFormat}, so
 * apostrophes need no escaping and numbers are always formatted by {@link Formats} first.
 */
public final class Messages {

    private final Lang lang;
    private final Properties props;
    private final Wording wording;

    private Messages(Lang lang, Properties props, Wording wording) {
        this.lang = lang;
        this.props = props;
        this.wording = wording;
    }

    private static final Map<Lang, Messages> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Wording, Map<Lang, Messages>> WORDED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The messages of a language about a district and its communes ({@link Wording#DISTRICT}), read once per JVM. */
    public static Messages of(Lang lang) {
        return of(lang, Wording.DISTRICT);
    }

    /** The messages of a language with the words of a pack's area ({@link Wording}) in place of its placeholders. */
    public static Messages of(Lang lang, Wording wording) {
        return WORDED.computeIfAbsent(wording, w -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(lang, l -> worded(CACHE.computeIfAbsent(l, Messages::load), wording));
    }

    private static Messages worded(Messages raw, Wording wording) {
        Map<String, String> words = wording.placeholders(raw.lang);
        Properties p = new Properties();
        for (String key : raw.props.stringPropertyNames()) {
            String text = raw.props.getProperty(key);
            for (Map.Entry<String, String> w : words.entrySet()) {
                text = text.replace("{" + w.getKey() + "}", w.getValue());
            }
            p.setProperty(key, text);
        }
        return new Messages(raw.lang, p, wording);
    }

    private static Messages load(Lang lang) {
        String resource = "messages_" + lang.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " next to " + Messages.class);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return new Messages(lang, p, null);
    }

    public Lang lang() {
        return lang;
    }

    /** The words of the pack's area these messages use. */
    public Wording wording() {
        return wording;
    }

    /** All keys, for tests that both languages say everything. */
    public Set<String> keys() {
        return new TreeSet<>(props.stringPropertyNames());
    }

    /**
     * The text of {@code key} with placeholders filled, e.g.
     * {@code get("target.label", "year", 2023, "value", "≥ 60 %")}.
     */
    public String get(String key, Object... namesAndValues) {
        String text = props.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No message '" + key + "' for " + lang);
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Placeholders come in name/value pairs: " + key);
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }

    /** Whether a key has a text in this language. */
    public boolean has(String key) {
        return props.getProperty(key) != null;
    }

    /** The text of {@code key} if there is one, else of {@code fallbackKey}. */
    public String getOr(String key, String fallbackKey, Object... namesAndValues) {
        return get(has(key) ? key : fallbackKey, namesAndValues);
    }

    /** Same as {@link #get(String, Object...)} with a map. */
    public String get(String key, Map<String, ?> values) {
        String text = get(key);
        for (Map.Entry<String, ?> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return text;
    }
}
