package vn.binhdang.charts.html;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small writer of XHTML-compatible HTML5: every element closed, void elements self-closed, every text
 * and attribute value escaped. Its output is well-formed XML (tests parse it with the JDK's parser) and
 * valid HTML, so the same files open in any browser and in any XML tool.
 *
 * <p>Attributes are given as name/value pairs; a pair whose value is null is left out, so optional
 * attributes need no branches at the call site.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(32 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Text content: {@code & < >} escaped, characters XML forbids replaced by a space. */
    static String escape(String s) {
        return escape(s, false);
    }

    /** An attribute value: quotes escaped as well. */
    static String escapeAttribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\'' -> b.append(attribute ? "&#39;" : "'");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
                    if (Character.isSurrogate(c)) {
                        // keep a valid pair, drop a lone surrogate (not well-formed in XML)
                        boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1));
                        if (pair) {
                            b.append(c).append(s.charAt(++i));
                        } else {
                            b.append(' ');
                        }
                    } else {
                        b.append(allowed ? c : ' ');
                    }
                }
            }
        }
        return b.toString();
    }

    private void attributes(String... attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name/value pairs");
        }
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                out.append(' ').append(attrs[i]).append("=\"").append(escapeAttribute(attrs[i + 1])).append('"');
            }
        }
    }

    /** {@code <tag attrs>}; closed by {@link #close()}. */
    Html open(String tag, String... attrs) {
        out.append('<').append(tag);
        attributes(attrs);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element. */
    Html close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Closes the innermost open element, which must be {@code tag} (catches unbalanced writing early). */
    Html close(String tag) {
        if (!tag.equals(open.peek())) {
            throw new IllegalStateException("Closing <" + tag + "> but <" + open.peek() + "> is open");
        }
        return close();
    }

    /** {@code <tag attrs>text</tag>}. */
    Html element(String tag, String text, String... attrs) {
        open(tag, attrs);
        text(text);
        return close();
    }

    /** A void element: {@code <tag attrs />}. */
    Html empty(String tag, String... attrs) {
        out.append('<').append(tag);
        attributes(attrs);
        out.append(" />");
        return this;
    }

    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** Markup made by this class or a constant; never text from a release. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    int depth() {
        return open.size();
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Unclosed elements: " + open);
        }
        return out.toString();
    }
}
